// fs.glob/globSync/promises.glob (basic form of Node 26's lib/internal/fs/glob.js): walk the
// tree under the pattern's literal prefix breadth-first and keep the paths that
// path.matchesGlob accepts. Options: cwd, exclude (function or patterns), withFileTypes.
'use strict';

const pathModule = require('path');
const { validateFunction, validateObject } = require('internal/validators');
const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { getValidatedPath, isURL } = require('internal/fs/utils');

const kMagic = /[*?[\]{}()!+@]/;

function literalPrefix(pattern) {
  const parts = pattern.split('/');
  const lit = [];
  for (const p of parts.slice(0, -1)) {
    if (kMagic.test(p)) break;
    lit.push(p);
  }
  return lit.join('/') || (pattern.startsWith('/') ? '/' : '');
}

function globSyncImpl(patterns, options = {}) {
  validateObject(options, 'options');
  const fs = require('fs');
  if (typeof patterns === 'string') patterns = [patterns];
  else if (!Array.isArray(patterns)) throw new ERR_INVALID_ARG_TYPE('pattern', ['string', 'string[]'], patterns);
  const cwd = options.cwd === undefined ? process.cwd() : (isURL(options.cwd) ? getValidatedPath(options.cwd) : `${options.cwd}`);
  const exclude = options.exclude;
  const excluded = (rel, dirent) => {
    if (exclude === undefined) return false;
    if (typeof exclude === 'function') return !!exclude(options.withFileTypes ? dirent : rel);
    return exclude.some((p) => pathModule.matchesGlob(rel, p));
  };
  const seen = new Set();
  const out = [];
  for (const pattern of patterns) {
    const prefix = literalPrefix(pattern);
    const root = pathModule.resolve(cwd, prefix);
    let entries;
    try {
      entries = fs.readdirSync(root, { recursive: true, withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const full = pathModule.join(e.parentPath, e.name);
      const rel = pathModule.isAbsolute(pattern) ? full : pathModule.relative(cwd, full);
      if (seen.has(rel) || !pathModule.matchesGlob(rel, pattern) || excluded(rel, e)) continue;
      seen.add(rel);
      out.push(options.withFileTypes ? e : rel);
    }
  }
  return out;
}

function globSync(pattern, options) {
  return globSyncImpl(pattern, options);
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  let result;
  try {
    result = globSyncImpl(pattern, options);
  } catch (err) {
    return process.nextTick(callback, err);
  }
  process.nextTick(callback, null, result);
}

async function* globAsync(pattern, options) {
  for (const p of globSyncImpl(pattern, options)) yield p;
}

module.exports = { glob, globSync, globAsync };
