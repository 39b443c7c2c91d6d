// fs/promises and FileHandle (mirrors Node 26's lib/internal/fs/promises.js). Each operation
// is one `FSReqPromise` request (FSREQPROMISE resource) settled from its completion, except
// readFile/writeFile/appendFile on a path, which are one ReadFileJob/WriteFileJob
// (FSREQCALLBACK) as in Node 26. `open` resolves to a FileHandle (an EventEmitter; FILEHANDLE
// resource made by the binding before the request's callback, as Node's C++ does); closing
// it is a FILEHANDLECLOSEREQ request.
'use strict';

const binding = internalBinding('fs');
const { initWrap } = internalBinding('stream_wrap');
const EventEmitter = require('events');
const { codes, AbortError } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE } = codes;
const { validateInteger } = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants, stringToFlags, getValidatedPath, parseFileMode, toUnixTimestamp, getOptions,
  uvException, getStatsFromBinding, validateOffsetLengthRead, validatePosition,
} = utils;
const fs = require('fs');
const I = fs[Symbol.for('weft.fs.internals')];
const pathModule = require('path');

const kId = Symbol('asyncId');
const kFd = Symbol('kFd');
const kClosePromise = Symbol('kClosePromise');
const kRefs = Symbol('kRefs');

let BufferCtor;
function Buf() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

class FSReqPromise {
  constructor() { Object.defineProperty(this, kId, { __proto__: null, value: initWrap(this, 'FSREQPROMISE'), writable: true }); }
}
class FileHandleCloseReq {
  constructor() { Object.defineProperty(this, kId, { __proto__: null, value: initWrap(this, 'FILEHANDLECLOSEREQ'), writable: true }); }
}
class ReadFileJob {
  constructor() { Object.defineProperty(this, kId, { __proto__: null, value: initWrap(this, 'FSREQCALLBACK'), writable: true }); }
}
class WriteFileJob {
  constructor() { Object.defineProperty(this, kId, { __proto__: null, value: initWrap(this, 'FSREQCALLBACK'), writable: true }); }
}

// One request: resolves with map(result) or rejects with Node's error.
function call(kind, args, syscall, path, dest, map, Req = FSReqPromise, mkErr) {
  const req = new Req();
  return new Promise((resolve, reject) => {
    req.oncomplete = function(errno, result) {
      if (errno < 0) return reject(mkErr ? mkErr(errno) : uvException(errno, syscall, path, dest));
      try {
        resolve(map ? map(result) : result);
      } catch (err) {
        reject(err);
      }
    };
    binding.op(kind, args, req[kId]);
  });
}

function abortError(signal) {
  return new AbortError(undefined, { cause: signal.reason });
}
function checkAborted(signal) {
  if (signal?.aborted) throw abortError(signal);
}

// ---- FileHandle ----

class FileHandle extends EventEmitter {
  constructor(fd) {
    super();
    this[kFd] = fd;
    this[kRefs] = 1;
    this[kClosePromise] = null;
    Object.defineProperty(this, kId, { __proto__: null, value: initWrap(this, 'FILEHANDLE'), writable: true });
  }

  get fd() { return this[kFd]; }

  getAsyncId() { return this[kId]; }

  #check(syscall) {
    if (this[kFd] === -1) {
      const err = new Error('file closed');
      err.code = 'EBADF';
      err.syscall = syscall;
      throw err;
    }
  }

  async appendFile(data, options) {
    this.#check('appendFile');
    return this.writeFile(data, options);
  }

  async chmod(mode) {
    this.#check('fchmod');
    return call('fchmod', [this[kFd], parseFileMode(mode, 'mode')], 'fchmod');
  }

  async chown(uid, gid) {
    this.#check('fchown');
    validateInteger(uid, 'uid', -1, 4294967295);
    validateInteger(gid, 'gid', -1, 4294967295);
    return call('fchown', [this[kFd], uid >>> 0, gid >>> 0], 'fchown');
  }

  async datasync() {
    this.#check('fdatasync');
    return call('fdatasync', [this[kFd]], 'fdatasync');
  }

  async sync() {
    this.#check('fsync');
    return call('fsync', [this[kFd]], 'fsync');
  }

  async read(buffer, offset, length, position) {
    this.#check('read');
    if (buffer != null && !ArrayBuffer.isView(buffer) && typeof buffer === 'object') {
      ({ buffer = Buf().alloc(16384), offset = 0, length = buffer.byteLength - offset,
        position = null } = buffer);
    } else if (buffer === undefined) {
      buffer = Buf().alloc(16384);
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offset);
    }
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    }
    offset ??= 0;
    validateInteger(offset, 'offset', 0);
    length ??= buffer.byteLength - offset;
    if (length === 0) return { bytesRead: 0, buffer };
    validateOffsetLengthRead(offset, length, buffer.byteLength);
    if (position != null) validatePosition(position, 'position', length);
    const bytes = await call('read', [this[kFd], length, I.posOf(position)], 'read');
    I.toUint8(buffer).set(bytes, offset);
    return { bytesRead: bytes.byteLength, buffer };
  }

  async readv(buffers, position) {
    this.#check('readv');
    const total = buffers.reduce((n, b) => n + b.byteLength, 0);
    const bytes = await call('read', [this[kFd], total, I.posOf(position)], 'read');
    let off = 0;
    for (const b of buffers) {
      if (off >= bytes.byteLength) break;
      const part = bytes.subarray(off, off + b.byteLength);
      I.toUint8(b).set(part);
      off += part.byteLength;
    }
    return { bytesRead: bytes.byteLength, buffers };
  }

  async readFile(options) {
    this.#check('read');
    options = getOptions(options, { flag: 'r' });
    checkAborted(options.signal);
    const bytes = await call('readFile', [this[kFd], 0], 'read');
    checkAborted(options.signal);
    return I.decodeData(bytes, options.encoding);
  }

  readLines(options = undefined) {
    const { createInterface } = require('readline');
    return createInterface({ input: this.createReadStream(options), crlfDelay: Infinity });
  }

  async stat(options = { bigint: false }) {
    this.#check('fstat');
    const bigint = !!options?.bigint;
    return call('fstat', [this[kFd]], 'fstat', undefined, undefined,
      (a) => getStatsFromBinding(a, bigint));
  }

  async truncate(len = 0) {
    this.#check('ftruncate');
    return call('ftruncate', [this[kFd], I.truncLen(len)], 'ftruncate');
  }

  async utimes(atime, mtime) {
    this.#check('futime');
    return call('futimes', [this[kFd], toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')], 'futime');
  }

  async write(buffer, offsetOrOptions, length, position) {
    this.#check('write');
    if (ArrayBuffer.isView(buffer)) {
      let offset = offsetOrOptions;
      if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
        ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
      }
      offset ??= 0;
      validateInteger(offset, 'offset', 0);
      if (typeof length !== 'number') length = buffer.byteLength - offset;
      if (length === 0) return { bytesWritten: 0, buffer };
      const data = I.toUint8(buffer).subarray(offset, offset + length);
      const n = await call('write', [this[kFd], data, I.posOf(position)], 'write');
      return { bytesWritten: n, buffer };
    }
    if (typeof buffer !== 'string') {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const data = I.writeData(buffer, length ?? 'utf8');
    const n = await call('write', [this[kFd], data, I.posOf(offsetOrOptions)], 'write');
    return { bytesWritten: n, buffer };
  }

  async writev(buffers, position) {
    this.#check('writev');
    const total = buffers.reduce((n, b) => n + b.byteLength, 0);
    const out = new Uint8Array(total);
    let off = 0;
    for (const b of buffers) { out.set(I.toUint8(b), off); off += b.byteLength; }
    const n = await call('write', [this[kFd], out, I.posOf(position)], 'write');
    return { bytesWritten: n, buffers };
  }

  async writeFile(data, options) {
    this.#check('write');
    options = getOptions(options, { encoding: 'utf8' });
    checkAborted(options.signal);
    if (data != null && typeof data[Symbol.asyncIterator] === 'function' && typeof data !== 'string' &&
        !ArrayBuffer.isView(data)) {
      for await (const chunk of data) {
        checkAborted(options.signal);
        await this.write(typeof chunk === 'string' ? Buf().from(chunk, options.encoding) : chunk);
      }
      return;
    }
    const bytes = I.writeData(data, options.encoding);
    return call('writeFile', [this[kFd], bytes, 0, 0], 'write');
  }

  close() {
    if (this[kFd] === -1) return Promise.resolve();
    if (this[kClosePromise]) return this[kClosePromise];
    const fd = this[kFd];
    this[kClosePromise] = call('close', [fd], 'close', undefined, undefined, undefined,
      FileHandleCloseReq).then(() => {
      this[kFd] = -1;
      this[kClosePromise] = null;
      this.emit('close');
    }, (err) => {
      this[kClosePromise] = null;
      throw err;
    });
    return this[kClosePromise];
  }

  async [Symbol.asyncDispose]() {
    return this.close();
  }

  createReadStream(options = undefined) {
    const { ReadStream } = require('internal/fs/streams');
    return new ReadStream(undefined, { ...options, fd: this });
  }

  createWriteStream(options = undefined) {
    const { WriteStream } = require('internal/fs/streams');
    return new WriteStream(undefined, { ...options, fd: this });
  }
}

binding.newFileHandle = (fd) => new FileHandle(fd);

// ---- the promise API ----

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return call('openFileHandle', [path, f, mode], 'open', path);
}

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  return call('access', [path, I.accessMode(mode)], 'access', path);
}

async function copyFile(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return call('copyfile', [src, dest, I.copyMode(mode)], 'copyfile', src, dest);
}

async function cp(src, dest, options) {
  return require('internal/fs/cp').cp(src, dest, options);
}

async function rename(from, to) {
  from = getValidatedPath(from, 'oldPath');
  to = getValidatedPath(to, 'newPath');
  return call('rename', [from, to], 'rename', from, to);
}

async function link(from, to) {
  from = getValidatedPath(from, 'existingPath');
  to = getValidatedPath(to, 'newPath');
  return call('link', [from, to], 'link', from, to);
}

async function symlink(target, path) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  return call('symlink', [target, path], 'symlink', target, path);
}

async function readlink(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return call('readlink', [path], 'readlink', path, undefined, (r) => I.encodeName(r, options.encoding));
}

async function realpath(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path);
  return call('realpath', [path], 'realpath', path, undefined, (r) => I.encodeName(r, options.encoding));
}

async function truncate(path, len = 0) {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function rmdir(path) {
  path = getValidatedPath(path);
  return call('rmdir', [path], 'rmdir', path);
}

async function rm(path, options) {
  path = getValidatedPath(path);
  const o = I.rmOptions(options);
  return call('rm', [path, o.recursive, o.force], 'rm', path, undefined, undefined, FSReqPromise,
    (errno) => I.rmError(errno, path));
}

async function unlink(path) {
  path = getValidatedPath(path);
  return call('unlink', [path], 'unlink', path);
}

async function mkdir(path, options) {
  const args = I.mkdirArgs(path, options);
  return call('mkdir', args, 'mkdir', args[0]);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return call('mkdtemp', [prefix], 'mkdtemp', `${prefix}XXXXXX`, undefined,
    (p) => I.encodeName(p, options.encoding));
}

async function readdir(path, options) {
  const o = I.readdirOptions(options);
  path = getValidatedPath(path);
  if (o.recursive) {
    return new Promise((resolve, reject) => {
      I.readdirRecursive(path, o, (dir, cb) => {
        call('readdir', [dir], 'scandir', dir).then((r) => cb(null, r), cb);
      }, (err, r) => (err ? reject(err) : resolve(r)));
    });
  }
  return call('readdir', [path], 'scandir', path, undefined, (pair) => I.readdirResult(pair, path, o));
}

function makeStat(kind) {
  return async function(path, options = { bigint: false }) {
    path = getValidatedPath(path);
    const bigint = !!options?.bigint;
    return call(kind, [path], kind, path, undefined, (a) => getStatsFromBinding(a, bigint));
  };
}
const stat = makeStat('stat');
const lstat = makeStat('lstat');

async function statfs(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  const bigint = !!options?.bigint;
  return call('statfs', [path], 'statfs', path, undefined, (a) => utils.getStatFsFromBinding(a, bigint));
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  return call('chmod', [path, parseFileMode(mode, 'mode')], 'chmod', path);
}
async function lchmod() {
  throw new codes.ERR_METHOD_NOT_IMPLEMENTED('lchmod()');
}
function makeChown(kind) {
  return async function(path, uid, gid) {
    path = getValidatedPath(path);
    validateInteger(uid, 'uid', -1, 4294967295);
    validateInteger(gid, 'gid', -1, 4294967295);
    return call(kind, [path, uid >>> 0, gid >>> 0], kind, path);
  };
}
const chown = makeChown('chown');
const lchown = makeChown('lchown');

function makeTimes(kind, syscall) {
  return async function(path, atime, mtime) {
    path = getValidatedPath(path);
    return call(kind, [path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')], syscall, path);
  };
}
const utimes = makeTimes('utimes', 'utime');
const lutimes = makeTimes('lutimes', 'lutime');

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  checkAborted(options.signal);
  const target = typeof path === 'number' ? path : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const bytes = await call('readFile', [target, flags], 'read', undefined, undefined, undefined,
    ReadFileJob, (errno) => I.readFileError(errno, target, true));
  checkAborted(options.signal);
  return I.decodeData(bytes, options.encoding);
}

async function writeFileCommon(path, data, options, defFlag) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defFlag });
  if (path instanceof FileHandle) return path.writeFile(data, options);
  checkAborted(options.signal);
  if (data != null && typeof data !== 'string' && !ArrayBuffer.isView(data) &&
      typeof data[Symbol.asyncIterator] === 'function') {
    const fh = await open(path, options.flag, options.mode);
    try {
      await fh.writeFile(data, options);
    } finally {
      await fh.close();
    }
    return;
  }
  const bytes = I.writeData(data, options.encoding);
  const target = typeof path === 'number' ? path : getValidatedPath(path);
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  await call('writeFile', [target, bytes, flags, mode], 'write', undefined, undefined, undefined,
    WriteFileJob, (errno) => I.writeFileError(errno, target));
}
function writeFile(path, data, options) { return writeFileCommon(path, data, options, 'w'); }
function appendFile(path, data, options) { return writeFileCommon(path, data, options, 'a'); }

async function mkdtempDisposable(prefix, options) {
  const p = pathModule.resolve(await mkdtemp(prefix, options));
  const remove = () => rm(p, { recursive: true, force: true });
  return { path: p, remove, [Symbol.asyncDispose]: remove };
}

// fs/promises.watch: an async iterator of { eventType, filename } over an FSWatcher.
async function* watch(filename, options = {}) {
  const { watch: watchCb } = require('internal/fs/watchers');
  const signal = options?.signal;
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const queue = [];
  let wake = null;
  let failure = null;
  const watcher = watchCb(filename, { ...options, signal: undefined });
  const kick = () => { if (wake) { const w = wake; wake = null; w(); } };
  watcher.on('change', (eventType, name) => { queue.push({ __proto__: null, eventType, filename: name }); kick(); });
  watcher.on('error', (err) => { failure = err; kick(); });
  const onAbort = () => { failure = new AbortError(undefined, { cause: signal.reason }); kick(); };
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    while (true) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure) throw failure;
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

function glob(pattern, options) {
  return require('internal/fs/glob').globAsync(pattern, options);
}

async function opendir(path, options) {
  return require('internal/fs/dir').opendirPromise(path, options);
}

const exportsObj = {
  access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir,
  readlink, symlink, lstat, stat, statfs, link, unlink, chmod, lchmod, lchown, chown, utimes,
  lutimes, realpath, mkdtemp, mkdtempDisposable, watch, glob, writeFile, appendFile, readFile, constants,
};

module.exports = { exports: exportsObj, FileHandle, call };
