// fs.opendir / fs.Dir (mirrors Node 26's lib/internal/fs/dir.js, basic form): the directory
// is listed when opened (one request), and the Dir hands out its Dirents one at a time through
// read()/readSync()/async iteration; close()/closeSync() end it (ERR_DIR_CLOSED after that).
'use strict';

const { codes } = require('internal/errors');
const { ERR_DIR_CLOSED } = codes;
const { validateFunction } = require('internal/validators');
const { getValidatedPath, getOptions, Dirent } = require('internal/fs/utils');

const kEntries = Symbol('kDirEntries');
const kClosed = Symbol('kDirClosed');
const kPath = Symbol('kDirPath');

function fsInternals() {
  const fs = require('fs');
  return fs[Symbol.for('weft.fs.internals')];
}

class Dir {
  constructor(path, entries) {
    this[kPath] = path;
    this[kEntries] = entries;
    this[kClosed] = false;
  }

  get path() { return this[kPath]; }

  #next() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    return this[kEntries].shift() ?? null;
  }

  read(callback) {
    if (callback === undefined) {
      try {
        return Promise.resolve(this.#next());
      } catch (err) {
        return Promise.reject(err);
      }
    }
    validateFunction(callback, 'callback');
    let entry;
    try {
      entry = this.#next();
    } catch (err) {
      return process.nextTick(callback, err);
    }
    process.nextTick(callback, null, entry);
  }

  readSync() {
    return this.#next();
  }

  close(callback) {
    if (callback === undefined) {
      if (this[kClosed]) return Promise.reject(new ERR_DIR_CLOSED());
      this[kClosed] = true;
      return Promise.resolve();
    }
    validateFunction(callback, 'callback');
    if (this[kClosed]) return process.nextTick(callback, new ERR_DIR_CLOSED());
    this[kClosed] = true;
    process.nextTick(callback, null);
  }

  closeSync() {
    if (this[kClosed]) throw new ERR_DIR_CLOSED();
    this[kClosed] = true;
  }

  async* entries() {
    try {
      while (true) {
        const entry = await this.read();
        if (entry === null) break;
        yield entry;
      }
    } finally {
      if (!this[kClosed]) await this.close();
    }
  }

  [Symbol.asyncIterator]() {
    return this.entries();
  }

  async [Symbol.asyncDispose]() {
    if (!this[kClosed]) await this.close();
  }

  [Symbol.dispose]() {
    if (!this[kClosed]) this.closeSync();
  }
}

function makeEntries(pair, path, encoding) {
  const I = fsInternals();
  const [names, types] = pair;
  return names.map((n, i) => new Dirent(I.encodeName(n, encoding), types[i], path));
}

function opendir(path, options, callback) {
  callback = typeof options === 'function' ? options : callback;
  validateFunction(callback, 'callback');
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  fsInternals().asyncOp('readdir', [path], callback, 'opendir', path, undefined,
    (pair) => new Dir(path, makeEntries(pair, path, options.encoding)));
}

function opendirSync(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const pair = fsInternals().syncOp('readdir', [path], 'opendir', path);
  return new Dir(path, makeEntries(pair, path, options.encoding));
}

async function opendirPromise(path, options) {
  path = getValidatedPath(path);
  options = getOptions(options, { encoding: 'utf8' });
  const { call } = require('internal/fs/promises');
  return call('readdir', [path], 'opendir', path, undefined,
    (pair) => new Dir(path, makeEntries(pair, path, options.encoding)));
}

module.exports = { Dir, opendir, opendirSync, opendirPromise };
