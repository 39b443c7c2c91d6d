// fs.cp/cpSync/promises.cp (mirrors Node 26's lib/internal/fs/cp): one copy algorithm written
// as a generator of file-system steps, driven synchronously (cpSync) or with promises (cp).
// Checks (same file, copying into itself, dir/non-dir overwrite, errorOnExist) raise the
// errors Node raises: SystemErrors from the async walk, plain coded Errors from cpSync (whose
// checks are native in Node).
'use strict';

const pathModule = require('path');
const { codes } = require('internal/errors');
const { validateObject, validateBoolean, validateFunction } = require('internal/validators');
const { getValidatedPath, getValidMode } = require('internal/fs/utils');

function plainError(code, message) {
  const err = new Error(message);
  err.code = code;
  return err;
}

function sysError(Code, code, errno, message, path) {
  return new Code({ code, message, path, syscall: 'cp', errno });
}

const errors = {
  same(src, dest, isSync) {
    return isSync ? plainError('ERR_FS_CP_EINVAL', `src and dest cannot be the same ${dest}`) :
      sysError(codes.ERR_FS_CP_EINVAL, 'EINVAL', 22, 'src and dest cannot be the same', dest);
  },
  subdir(src, dest, isSync) {
    return isSync ? plainError('ERR_FS_CP_EINVAL', `Cannot copy ${src}/ to a subdirectory of self ${dest}`) :
      sysError(codes.ERR_FS_CP_EINVAL, 'EINVAL', 22, `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  },
  dirToNonDir(src, dest, isSync) {
    return isSync ? plainError('ERR_FS_CP_DIR_TO_NON_DIR', `Cannot overwrite non-directory ${dest} with directory ${src}`) :
      sysError(codes.ERR_FS_CP_DIR_TO_NON_DIR, 'EISDIR', 21, `cannot overwrite non-directory ${dest} with directory ${src}`, dest);
  },
  nonDirToDir(src, dest, isSync) {
    return isSync ? plainError('ERR_FS_CP_NON_DIR_TO_DIR', `Cannot overwrite directory ${dest} with non-directory ${src}`) :
      sysError(codes.ERR_FS_CP_NON_DIR_TO_DIR, 'ENOTDIR', 20, `cannot overwrite directory ${dest} with non-directory ${src}`, dest);
  },
  isDir(src, dest, isSync) {
    return isSync ? plainError('ERR_FS_EISDIR', `Recursive option not enabled, cannot copy a directory: ${src}/`) :
      sysError(codes.ERR_FS_EISDIR, 'EISDIR', 21, `${src} is a directory (not copied)`, src);
  },
  exists(src, dest) {
    return sysError(codes.ERR_FS_CP_EEXIST, 'EEXIST', 17, `${dest} already exists`, dest);
  },
};

function isSubdir(src, dest) {
  const s = pathModule.resolve(src).split('/').filter(Boolean);
  const d = pathModule.resolve(dest).split('/').filter(Boolean);
  return s.every((part, i) => d[i] === part);
}

// ---- the walk, as a generator of steps ----

function* statPair(src, dest, opts) {
  const statKind = opts.dereference ? 'stat' : 'lstat';
  const srcStat = yield [statKind, src];
  let destStat = null;
  try {
    destStat = yield [statKind, dest];
  } catch (err) {
    if (err.code !== 'ENOENT') throw err;
  }
  return { srcStat, destStat };
}

function* checkPaths(src, dest, opts, isSync) {
  const { srcStat, destStat } = yield* statPair(src, dest, opts);
  if (destStat) {
    if (srcStat.ino === destStat.ino && srcStat.dev === destStat.dev) throw errors.same(src, dest, isSync);
    if (srcStat.isDirectory() && !destStat.isDirectory()) throw errors.dirToNonDir(src, dest, isSync);
    if (!srcStat.isDirectory() && destStat.isDirectory()) throw errors.nonDirToDir(src, dest, isSync);
  }
  if (srcStat.isDirectory() && isSubdir(src, dest)) throw errors.subdir(src, dest, isSync);
  return { srcStat, destStat };
}

function* copyEntry(src, dest, opts, isSync, destStat) {
  const srcStat = yield [opts.dereference ? 'stat' : 'lstat', src];
  if (srcStat.isDirectory()) {
    if (!opts.recursive) throw errors.isDir(src, dest, isSync);
    if (!destStat) yield ['mkdir', dest, srcStat.mode];
    for (const name of yield ['readdir', src]) {
      const s = pathModule.join(src, name);
      const d = pathModule.join(dest, name);
      if (opts.filter && !(yield ['filter', s, d])) continue;
      const { destStat: ds } = yield* checkPaths(s, d, opts, isSync);
      yield* copyEntry(s, d, opts, isSync, ds);
    }
    if (!destStat) yield ['chmod', dest, srcStat.mode];
  } else if (srcStat.isSymbolicLink()) {
    let target = yield ['readlink', src];
    if (!opts.verbatimSymlinks && !pathModule.isAbsolute(target)) {
      target = pathModule.resolve(pathModule.dirname(src), target);
    }
    if (destStat) yield ['unlink', dest];
    yield ['symlink', target, dest];
  } else {
    if (destStat) {
      if (!opts.force) {
        if (opts.errorOnExist) throw errors.exists(src, dest);
        return;
      }
      yield ['unlink', dest];
    }
    yield ['copyFile', src, dest, opts.mode];
    if (opts.preserveTimestamps) yield ['utimes', dest, srcStat.atime, srcStat.mtime];
  }
}

function* cpGen(src, dest, opts, isSync) {
  const { destStat } = yield* checkPaths(src, dest, opts, isSync);
  if (opts.filter && !(yield ['filter', src, dest])) return;
  const parent = pathModule.dirname(dest);
  yield ['mkdirp', parent];
  yield* copyEntry(src, dest, opts, isSync, destStat);
}

// ---- drivers ----

function syncStep(fs, opts, [op, a, b, c]) {
  switch (op) {
    case 'filter': {
      const r = opts.filter(a, b);
      if (r != null && typeof r.then === 'function') {
        throw new codes.ERR_INVALID_RETURN_VALUE('boolean', 'filter', r);
      }
      return r;
    }
    case 'stat': return fs.statSync(a);
    case 'lstat': return fs.lstatSync(a);
    case 'mkdir': return fs.mkdirSync(a, b);
    case 'mkdirp': return fs.mkdirSync(a, { recursive: true });
    case 'readdir': return fs.readdirSync(a);
    case 'chmod': return fs.chmodSync(a, b);
    case 'readlink': return fs.readlinkSync(a);
    case 'unlink': return fs.unlinkSync(a);
    case 'symlink': return fs.symlinkSync(a, b);
    case 'copyFile': return fs.copyFileSync(a, b, c);
    case 'utimes': return fs.utimesSync(a, b, c);
  }
}

async function asyncStep(fsp, opts, [op, a, b, c]) {
  switch (op) {
    case 'filter': return opts.filter(a, b);
    case 'stat': return fsp.stat(a);
    case 'lstat': return fsp.lstat(a);
    case 'mkdir': return fsp.mkdir(a, b);
    case 'mkdirp': return fsp.mkdir(a, { recursive: true });
    case 'readdir': return fsp.readdir(a);
    case 'chmod': return fsp.chmod(a, b);
    case 'readlink': return fsp.readlink(a);
    case 'unlink': return fsp.unlink(a);
    case 'symlink': return fsp.symlink(a, b);
    case 'copyFile': return fsp.copyFile(a, b, c);
    case 'utimes': return fsp.utimes(a, b, c);
  }
}

function validateCpOptions(options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const opts = {
    dereference: false, errorOnExist: false, force: true, preserveTimestamps: false,
    recursive: false, verbatimSymlinks: false, mode: 0, ...options,
  };
  for (const k of ['dereference', 'errorOnExist', 'force', 'preserveTimestamps', 'recursive', 'verbatimSymlinks']) {
    validateBoolean(opts[k], `options.${k}`);
  }
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  opts.mode = getValidMode(opts.mode, 0);
  if (opts.dereference && opts.verbatimSymlinks) {
    throw new codes.ERR_INCOMPATIBLE_OPTION_PAIR('dereference', 'verbatimSymlinks');
  }
  return opts;
}

function cpSync(src, dest, options) {
  const opts = validateCpOptions(options);
  src = pathModule.resolve(getValidatedPath(src, 'src'));
  dest = pathModule.resolve(getValidatedPath(dest, 'dest'));
  const fs = require('fs');
  const gen = cpGen(src, dest, opts, true);
  let r = gen.next();
  while (!r.done) {
    let value;
    let failed = false;
    try {
      value = syncStep(fs, opts, r.value);
    } catch (err) {
      failed = true;
      value = err;
    }
    r = failed ? gen.throw(value) : gen.next(value);
  }
}

async function cp(src, dest, options) {
  const opts = validateCpOptions(options);
  src = pathModule.resolve(getValidatedPath(src, 'src'));
  dest = pathModule.resolve(getValidatedPath(dest, 'dest'));
  const fsp = require('fs').promises;
  const gen = cpGen(src, dest, opts, false);
  let r = gen.next();
  while (!r.done) {
    let value;
    let failed = false;
    try {
      value = await asyncStep(fsp, opts, r.value);
    } catch (err) {
      failed = true;
      value = err;
    }
    r = failed ? gen.throw(value) : gen.next(value);
  }
}

module.exports = { cp, cpSync };
