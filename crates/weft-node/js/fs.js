// node:fs (mirrors Node 26's lib/fs.js): the synchronous, callback and promise forms of the
// file-system API over internalBinding('fs'). A `*Sync` call runs its operation inline; a
// callback call makes one request object (`FSReqCallback`; `ReadFileJob`/`WriteFileJob` for
// readFile/writeFile/appendFile, as Node 26 shows them to async_hooks) whose `FSREQCALLBACK`
// init is emitted at construction, runs the operation on the thread pool, and gets
// `oncomplete(errno, result)` through MakeCallback. Errors are Node's: argument errors are
// thrown synchronously, system errors carry `errno`, `code`, `syscall`, `path`, `dest`.
'use strict';

const binding = internalBinding('fs');
const { initWrap } = internalBinding('stream_wrap');
const { codes, AbortError } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_FS_EISDIR, ERR_INVALID_ARG_VALUE,
} = codes;
const {
  validateInteger, validateFunction, validateBoolean, validateObject,
} = require('internal/validators');
const utils = require('internal/fs/utils');
const {
  constants, stringToFlags, getValidatedPath, getValidatedFd, parseFileMode,
  toUnixTimestamp, getOptions, makeCallback, uvException, Stats, BigIntStats,
  getStatsFromBinding, Dirent, validateOffsetLengthRead, validateOffsetLengthWrite,
  validatePosition,
} = utils;
const pathModule = require('path');

const { F_OK } = constants;
const kId = Symbol('asyncId');

let BufferCtor;
function Buf() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

// ---- requests (async resources) ----

// The async id is kept out of sight (non-enumerable), as Node's request objects show only
// their callback fields to util.inspect.
function startRequest(req) {
  Object.defineProperty(req, kId, {
    __proto__: null, value: initWrap(req, 'FSREQCALLBACK'), writable: true,
  });
}
class FSReqCallback {
  constructor() { startRequest(this); }
}
class ReadFileJob {
  constructor() { startRequest(this); }
}
class WriteFileJob {
  constructor() { startRequest(this); }
}

// Runs `kind` inline; a failure becomes Node's uvException.
function syncOp(kind, args, syscall, path, dest) {
  try {
    return binding.op(kind, args);
  } catch (e) {
    if (typeof e === 'number') throw uvException(e, syscall, path, dest);
    throw e;
  }
}

// Runs `kind` on the thread pool; `cb(err)` or `cb(null, map(result))` inside the request.
function asyncOp(kind, args, cb, syscall, path, dest, map, Req = FSReqCallback) {
  const req = new Req();
  req.oncomplete = function(errno, result) {
    if (errno < 0) return cb(uvException(errno, syscall, path, dest));
    if (map === undefined) return cb(null, result);
    let value;
    try {
      value = map(result);
    } catch (err) {
      return cb(err);
    }
    return cb(null, value);
  };
  binding.op(kind, args, req[kId]);
}

function posOf(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return Number(position);
  return position;
}

function encodeName(s, encoding) {
  if (encoding == null || encoding === 'utf8' || encoding === 'utf-8') return s;
  const b = Buf().from(s);
  return encoding === 'buffer' ? b : b.toString(encoding);
}

function toUint8(buffer) {
  if (buffer instanceof Uint8Array) return buffer;
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }

// ---- open/close ----

function openArgs(path, flags, mode) {
  path = getValidatedPath(path);
  return [path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666)];
}

function open(path, flags, mode, callback) {
  if (arguments.length < 3) { callback = flags; flags = 'r'; mode = 0o666; }
  else if (typeof mode === 'function') { callback = mode; mode = 0o666; }
  const args = openArgs(path, flags, mode);
  callback = makeCallback(callback);
  asyncOp('open', args, callback, 'open', args[0]);
}
function openSync(path, flags, mode) {
  const args = openArgs(path, flags, mode);
  return syncOp('open', args, 'open', args[0]);
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) callback = makeCallback(callback);
  asyncOp('close', [fd], callback, 'close');
}
function defaultCloseCallback(err) { if (err != null) throw err; }
function closeSync(fd) {
  fd = getValidatedFd(fd);
  syncOp('close', [fd], 'close');
}

// ---- read ----

function readArgs(fd, buffer, offsetOrOptions, length, position, isSync) {
  fd = getValidatedFd(fd);
  let offset = offsetOrOptions;
  let params = null;
  if (!isArrayBufferView(buffer)) {
    // read(fd, { buffer, offset, length, position })
    if (buffer != null && typeof buffer === 'object' && !isSync) params = buffer;
    else if (isSync) throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
    ({ buffer = Buf().alloc(16384), offset = 0, length = buffer.byteLength - offset,
      position = null } = params ?? {});
  } else if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
  }
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0);
  length ??= buffer.byteLength - offset;
  length |= 0;
  if (length === 0) return { fd, buffer, offset, length, position: null, empty: true };
  if (buffer.byteLength === 0) {
    throw new ERR_INVALID_ARG_VALUE('buffer', buffer, 'is empty and cannot be written');
  }
  validateOffsetLengthRead(offset, length, buffer.byteLength);
  if (position == null) position = -1;
  else validatePosition(position, 'position', length);
  return { fd, buffer, offset, length, position, empty: false };
}

function copyInto(a, bytes) {
  const u8 = toUint8(a.buffer);
  u8.set(bytes, a.offset);
  return bytes.byteLength;
}

function read(fd, buffer, offsetOrOptions, length, position, callback) {
  let a;
  if (arguments.length <= 4) {
    // read(fd, cb) / read(fd, buffer, cb) / read(fd, buffer, options, cb) / read(fd, opts, cb)
    const last = arguments[arguments.length - 1];
    if (arguments.length === 2) { callback = buffer; buffer = undefined; }
    else if (arguments.length === 3) { callback = offsetOrOptions; offsetOrOptions = undefined; }
    else { callback = length; length = undefined; }
    validateFunction(last, 'cb');
    if (buffer === undefined) buffer = {};
    a = readArgs(fd, buffer, offsetOrOptions, undefined, undefined, false);
  } else {
    validateFunction(callback, 'cb');
    a = readArgs(fd, buffer, offsetOrOptions, length, position, false);
  }
  if (a.empty) {
    return process.nextTick(() => callback(null, 0, a.buffer));
  }
  asyncOp('read', [a.fd, a.length, posOf(a.position)], (err, n) => {
    if (err) return callback(err);
    callback(null, n, a.buffer);
  }, 'read', undefined, undefined, (bytes) => copyInto(a, bytes));
}

function readSync(fd, buffer, offsetOrOptions, length, position) {
  const a = readArgs(fd, buffer, offsetOrOptions, length, position, true);
  if (a.empty) return 0;
  return copyInto(a, syncOp('read', [a.fd, a.length, posOf(a.position)], 'read'));
}

function readv(fd, buffers, position, callback) {
  if (typeof position === 'function') { callback = position; position = null; }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  asyncOp('read', [fd, total, posOf(position)], (err, n) => {
    if (err) return callback(err);
    callback(null, n, buffers);
  }, 'read', undefined, undefined, (bytes) => scatter(buffers, bytes));
}
function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  return scatter(buffers, syncOp('read', [fd, total, posOf(position)], 'read'));
}
function scatter(buffers, bytes) {
  let off = 0;
  for (const b of buffers) {
    if (off >= bytes.byteLength) break;
    const part = bytes.subarray(off, off + b.byteLength);
    toUint8(b).set(part);
    off += part.byteLength;
  }
  return bytes.byteLength;
}

// ---- write ----

function writeArgs(fd, buffer, offsetOrOptions, length, position) {
  fd = getValidatedFd(fd);
  if (isArrayBufferView(buffer)) {
    let offset = offsetOrOptions;
    if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
      ({ offset = 0, length = buffer.byteLength - offset, position = null } = offsetOrOptions);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0);
    if (typeof length !== 'number') length = buffer.byteLength - offset;
    if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
    validateOffsetLengthWrite(offset, length, buffer.byteLength);
    const u8 = toUint8(buffer);
    return { fd, data: u8.subarray(offset, offset + length), position };
  }
  if (typeof buffer !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  // write(fd, string, position, encoding)
  position = offsetOrOptions;
  const encoding = length ?? 'utf8';
  if (typeof position !== 'number' && typeof position !== 'bigint') position = null;
  const data = (encoding === 'utf8' || encoding === 'utf-8') ? buffer : Buf().from(buffer, encoding);
  return { fd, data, position };
}

function write(fd, buffer, offsetOrOptions, length, position, callback) {
  const args = Array.prototype.slice.call(arguments, 1);
  callback = args.pop();
  validateFunction(callback, 'cb');
  const a = writeArgs(fd, args[0], args[1], args[2], args[3]);
  asyncOp('write', [a.fd, a.data, posOf(a.position)], (err, n) => {
    if (err) return callback(err);
    callback(null, n, buffer);
  }, 'write');
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  const a = writeArgs(fd, buffer, offsetOrOptions, length, position);
  if (a.position === null) {
    // Positionless writes go through stdio's writer (retries a non-blocking stdout).
    try {
      return typeof a.data === 'string' ? binding.writeString(a.fd, a.data) : binding.writeBytes(a.fd, a.data);
    } catch (e) {
      if (typeof e?.errno === 'number') { delete e.path; throw e; }
      throw e;
    }
  }
  return syncOp('write', [a.fd, a.data, posOf(a.position)], 'write');
}

function gather(buffers) {
  const total = buffers.reduce((n, b) => n + b.byteLength, 0);
  const out = new Uint8Array(total);
  let off = 0;
  for (const b of buffers) { out.set(toUint8(b), off); off += b.byteLength; }
  return out;
}
function writev(fd, buffers, position, callback) {
  if (typeof position === 'function') { callback = position; position = null; }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  asyncOp('write', [fd, gather(buffers), posOf(position)], (err, n) => {
    if (err) return callback(err);
    callback(null, n, buffers);
  }, 'write');
}
function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  return syncOp('write', [fd, gather(buffers), posOf(position)], 'write');
}

// ---- readFile / writeFile / appendFile ----

function decodeData(bytes, encoding) {
  const b = Buf().from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return encoding && encoding !== 'buffer' ? b.toString(encoding) : b;
}

const kMaxLength = 2 ** 31 - 1;
function readFileTarget(path) {
  return typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path);
}
// Node's async readFile names the path in a read failure; readFileSync does not.
function readFileError(errno, target, isAsync) {
  if (typeof target === 'number') return uvException(errno, 'read');
  if (errno === -21) return uvException(errno, 'read', isAsync ? target : undefined);
  return uvException(errno, 'open', target);
}

function readFile(path, options, callback) {
  callback ||= options;
  validateFunction(callback, 'cb');
  options = getOptions(options, { flag: 'r' });
  const target = readFileTarget(path);
  const flags = stringToFlags(options.flag);
  const signal = options.signal;
  if (signal?.aborted) {
    return process.nextTick(callback, new AbortError(undefined, { cause: signal.reason }));
  }
  const req = new ReadFileJob();
  req.oncomplete = function(errno, bytes) {
    if (signal?.aborted) return callback(new AbortError(undefined, { cause: signal.reason }));
    if (errno < 0) return callback(readFileError(errno, target, true));
    if (bytes.byteLength > kMaxLength) return callback(new codes.ERR_FS_FILE_TOO_LARGE(bytes.byteLength));
    let data;
    try {
      data = decodeData(bytes, options.encoding);
    } catch (err) {
      return callback(err);
    }
    callback(null, data);
  };
  binding.op('readFile', [target, flags], req[kId]);
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const target = readFileTarget(path);
  let bytes;
  try {
    bytes = binding.op('readFile', [target, stringToFlags(options.flag)]);
  } catch (e) {
    if (typeof e === 'number') throw readFileError(e, target);
    throw e;
  }
  return decodeData(bytes, options.encoding);
}

function writeData(data, encoding, name = 'data') {
  if (typeof data === 'string') {
    return (encoding == null || encoding === 'utf8' || encoding === 'utf-8') ? data : Buf().from(data, encoding);
  }
  if (isArrayBufferView(data)) return toUint8(data);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function writeFileCommon(path, data, options, defFlag, callback) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: defFlag });
  const bytes = writeData(data, options.encoding);
  const target = typeof path === 'number' ? getValidatedFd(path) : getValidatedPath(path, 'path');
  const flags = stringToFlags(options.flag);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  return { target, args: [target, bytes, flags, mode], signal: options.signal };
}
function writeFileError(errno, target) {
  if (typeof target === 'number') return uvException(errno, 'write');
  return uvException(errno, 'open', target);
}

function writeFileAsync(path, data, options, callback, defFlag) {
  callback ||= options;
  validateFunction(callback, 'cb');
  const w = writeFileCommon(path, data, typeof options === 'function' ? undefined : options, defFlag);
  if (w.signal?.aborted) {
    return process.nextTick(callback, new AbortError(undefined, { cause: w.signal.reason }));
  }
  const req = new WriteFileJob();
  req.oncomplete = function(errno) {
    if (errno < 0) return callback(writeFileError(errno, w.target));
    callback(null);
  };
  binding.op('writeFile', w.args, req[kId]);
}
function writeFile(path, data, options, callback) {
  writeFileAsync(path, data, options, callback, 'w');
}
function appendFile(path, data, options, callback) {
  writeFileAsync(path, data, options, callback, 'a');
}
function writeFileSyncCommon(path, data, options, defFlag) {
  const w = writeFileCommon(path, data, options, defFlag);
  try {
    binding.op('writeFile', w.args);
  } catch (e) {
    if (typeof e === 'number') throw writeFileError(e, w.target);
    throw e;
  }
}
function writeFileSync(path, data, options) { writeFileSyncCommon(path, data, options, 'w'); }
function appendFileSync(path, data, options) { writeFileSyncCommon(path, data, options, 'a'); }

// ---- stat family ----

function statOptions(options) {
  if (options == null || typeof options === 'function') return false;
  return !!options.bigint;
}

function makeStat(kind) {
  const async = function(target, options = { bigint: false }, callback) {
    if (typeof options === 'function') { callback = options; options = undefined; }
    callback = makeCallback(callback);
    const bigint = statOptions(options);
    const arg = kind === 'fstat' ? getValidatedFd(target) : getValidatedPath(target);
    asyncOp(kind, [arg], callback, kind, kind === 'fstat' ? undefined : arg, undefined,
      (a) => getStatsFromBinding(a, bigint));
  };
  const sync = function(target, options = { bigint: false, throwIfNoEntry: true }) {
    const arg = kind === 'fstat' ? getValidatedFd(target) : getValidatedPath(target);
    const bigint = statOptions(options);
    try {
      return getStatsFromBinding(binding.op(kind, [arg]), bigint);
    } catch (e) {
      if (typeof e !== 'number') throw e;
      if (kind !== 'fstat' && options?.throwIfNoEntry === false && (e === -2 || e === -20)) return undefined;
      throw uvException(e, kind, kind === 'fstat' ? undefined : arg);
    }
  };
  return [async, sync];
}
const [stat, statSync] = makeStat('stat');
const [lstat, lstatSync] = makeStat('lstat');
const [fstat, fstatSync] = makeStat('fstat');

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const bigint = statOptions(options);
  asyncOp('statfs', [path], callback, 'statfs', path, undefined,
    (a) => utils.getStatFsFromBinding(a, bigint));
}
function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return utils.getStatFsFromBinding(syncOp('statfs', [path], 'statfs', path), statOptions(options));
}

// ---- directories ----

function direntsOf(pair, dir, encoding) {
  const [names, types] = pair;
  return names.map((n, i) => new Dirent(encodeName(n, encoding), types[i], dir));
}

function readdirOptions(options) {
  options = getOptions(options);
  return { encoding: options.encoding, withFileTypes: !!options.withFileTypes, recursive: !!options.recursive };
}

function readdirResult(pair, path, o) {
  return o.withFileTypes ? direntsOf(pair, path, o.encoding) : pair[0].map((n) => encodeName(n, o.encoding));
}

// Recursive listing in Node's order: a directory's entries, then each queued subdirectory's.
function readdirRecursive(base, o, readOne, done) {
  const results = [];
  const queue = [base];
  let i = 0;
  const step = () => {
    if (i >= queue.length) return done(null, results);
    const dir = queue[i++];
    readOne(dir, (err, pair) => {
      if (err) return done(err);
      const [names, types] = pair;
      for (let k = 0; k < names.length; k++) {
        const full = pathModule.join(dir, names[k]);
        if (o.withFileTypes) results.push(new Dirent(encodeName(names[k], o.encoding), types[k], dir));
        else results.push(encodeName(pathModule.relative(base, full), o.encoding));
        if (types[k] === constants.UV_DIRENT_DIR) queue.push(full);
      }
      step();
    });
  };
  step();
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  const o = readdirOptions(options);
  path = getValidatedPath(path);
  if (o.recursive) {
    return readdirRecursive(path, o, (dir, cb) => asyncOp('readdir', [dir], cb, 'scandir', dir), callback);
  }
  asyncOp('readdir', [path], callback, 'scandir', path, undefined, (pair) => readdirResult(pair, path, o));
}
function readdirSync(path, options) {
  const o = readdirOptions(options);
  path = getValidatedPath(path);
  if (o.recursive) {
    let out;
    readdirRecursive(path, o, (dir, cb) => cb(null, syncOp('readdir', [dir], 'scandir', dir)), (err, r) => {
      if (err) throw err;
      out = r;
    });
    return out;
  }
  return readdirResult(syncOp('readdir', [path], 'scandir', path), path, o);
}

function mkdirArgs(path, options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = parseFileMode(options, 'mode');
  } else if (options) {
    if (options.recursive !== undefined) { recursive = options.recursive; validateBoolean(recursive, 'options.recursive'); }
    if (options.mode !== undefined) mode = parseFileMode(options.mode, 'options.mode');
  }
  return [getValidatedPath(path), mode, recursive];
}
function mkdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  const args = mkdirArgs(path, options);
  asyncOp('mkdir', args, callback, 'mkdir', args[0]);
}
function mkdirSync(path, options) {
  const args = mkdirArgs(path, options);
  return syncOp('mkdir', args, 'mkdir', args[0]);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  asyncOp('mkdtemp', [prefix], callback, 'mkdtemp', `${prefix}XXXXXX`, undefined,
    (p) => encodeName(p, options.encoding));
}
function mkdtempSync(prefix, options) {
  options = getOptions(options);
  prefix = getValidatedPath(prefix, 'prefix');
  return encodeName(syncOp('mkdtemp', [prefix], 'mkdtemp', `${prefix}XXXXXX`), options.encoding);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  asyncOp('rmdir', [path], callback, 'rmdir', path);
}
function rmdirSync(path) {
  path = getValidatedPath(path);
  syncOp('rmdir', [path], 'rmdir', path);
}

function rmOptions(options) {
  if (options === undefined) return { recursive: false, force: false };
  validateObject(options, 'options');
  const recursive = options.recursive ?? false;
  const force = options.force ?? false;
  validateBoolean(recursive, 'options.recursive');
  validateBoolean(force, 'options.force');
  return { recursive, force };
}
function rmError(errno, path) {
  if (errno === -21) {
    return new ERR_FS_EISDIR({ code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21 });
  }
  return uvException(errno, errno === -2 ? 'lstat' : 'rm', path);
}
// Async rm walks the tree with one request per step, as Node's rimraf does: lstat (option
// check), then lstat + unlink, or rmdir falling back to readdir + children + rmdir.
function rm(path, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  const o = rmOptions(options);
  lstat(path, (err, stats) => {
    if (err) {
      if (o.force && err.code === 'ENOENT') return callback(null);
      return callback(err);
    }
    if (stats.isDirectory() && !o.recursive) return callback(rmError(-21, path));
    rimraf(path, o, callback);
  });
}
const kRetryRmdir = new Set(['ENOTEMPTY', 'EEXIST', 'EPERM']);
function rimraf(p, o, cb) {
  lstat(p, (err, st) => {
    if (err) return cb(err.code === 'ENOENT' ? null : err);
    if (st.isDirectory()) return rimrafDir(p, o, cb);
    unlink(p, (err) => {
      if (!err || err.code === 'ENOENT') return cb(null);
      if (err.code === 'EISDIR') return rimrafDir(p, o, cb);
      cb(err);
    });
  });
}
function rimrafDir(p, o, cb) {
  rmdir(p, (err) => {
    if (!err) return cb(null);
    if (o.recursive && kRetryRmdir.has(err.code)) return rimrafChildren(p, o, cb);
    if (err.code === 'ENOTDIR') return unlink(p, cb);
    cb(err);
  });
}
function rimrafChildren(p, o, cb) {
  readdir(p, (err, names) => {
    if (err) return cb(err);
    let left = names.length;
    if (left === 0) return rmdir(p, cb);
    let failed = false;
    for (const name of names) {
      rimraf(pathModule.join(p, name), o, (err) => {
        if (failed) return;
        if (err) {
          failed = true;
          return cb(err);
        }
        if (--left === 0) rmdir(p, cb);
      });
    }
  });
}
function rmSync(path, options) {
  path = getValidatedPath(path);
  const o = rmOptions(options);
  try {
    binding.op('rm', [path, o.recursive, o.force]);
  } catch (e) {
    if (typeof e === 'number') throw rmError(e, path);
    throw e;
  }
}

function makePathOp(kind, syscall = kind) {
  return [
    function(path, callback) {
      callback = makeCallback(callback);
      path = getValidatedPath(path);
      asyncOp(kind, [path], callback, syscall, path);
    },
    function(path) {
      path = getValidatedPath(path);
      syncOp(kind, [path], syscall, path);
    },
  ];
}
const [unlink, unlinkSync] = makePathOp('unlink');

function makeTwoPathOp(kind, a = 'oldPath', b = 'newPath') {
  return [
    function(from, to, callback) {
      callback = makeCallback(callback);
      from = getValidatedPath(from, a);
      to = getValidatedPath(to, b);
      asyncOp(kind, [from, to], callback, kind, from, to);
    },
    function(from, to) {
      from = getValidatedPath(from, a);
      to = getValidatedPath(to, b);
      syncOp(kind, [from, to], kind, from, to);
    },
  ];
}
const [rename, renameSync] = makeTwoPathOp('rename');
const [link, linkSync] = makeTwoPathOp('link', 'existingPath', 'newPath');

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = 0; }
  callback = makeCallback(callback);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  mode = copyMode(mode);
  asyncOp('copyfile', [src, dest, mode], callback, 'copyfile', src, dest);
}
function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  syncOp('copyfile', [src, dest, copyMode(mode)], 'copyfile', src, dest);
}
function copyMode(mode) {
  return utils.getValidMode(mode, 0);
}

function accessMode(mode) {
  return utils.getValidMode(mode, F_OK);
}
function access(path, mode, callback) {
  if (typeof mode === 'function') { callback = mode; mode = F_OK; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  asyncOp('access', [path, accessMode(mode)], callback, 'access', path);
}
function accessSync(path, mode) {
  path = getValidatedPath(path);
  syncOp('access', [path, accessMode(mode)], 'access', path);
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  let p;
  try {
    p = getValidatedPath(path);
  } catch {
    return process.nextTick(callback, false);
  }
  asyncOp('access', [p, F_OK], (err) => callback(!err), 'access', p);
}
Object.defineProperty(exists, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  value: function exists(path) {
    return new Promise((resolve) => fs.exists(path, resolve));
  },
});
let existsSyncWarned = false;
function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch (err) {
    if (err?.code === 'ERR_INVALID_ARG_TYPE' && !existsSyncWarned) {
      existsSyncWarned = true;
      process.emitWarning('Passing invalid argument types to fs.existsSync is deprecated',
        'DeprecationWarning', 'DEP0187');
    }
    return false;
  }
  return binding.op('exists', [path]);
}

// realpath: the canonical path; on failure, the error of the first component that fails
// to lstat (as Node's JS walk reports it).
function realpathError(errno, path) {
  const parts = path.split('/');
  let cur = '';
  for (let i = 1; i < parts.length; i++) {
    cur += `/${parts[i]}`;
    try {
      binding.op('lstat', [cur]);
    } catch (e) {
      if (typeof e === 'number') return uvException(e, 'lstat', cur);
    }
  }
  return uvException(errno, 'lstat', path);
}
function realpathSync(p, options) {
  options = getOptions(options);
  p = pathModule.resolve(getValidatedPath(p));
  try {
    return encodeName(binding.op('realpath', [p]), options.encoding);
  } catch (e) {
    if (typeof e === 'number') throw realpathError(e, p);
    throw e;
  }
}
realpathSync.native = function(p, options) {
  options = getOptions(options);
  p = getValidatedPath(p);
  return encodeName(syncOp('realpath', [p], 'realpath', p), options.encoding);
};
// Node's component walk: lstat each prefix (one request each, a nextTick between steps),
// following symlinks (stat + readlink, cached by dev:ino) and restarting from their target.
function realpath(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = pathModule.resolve(getValidatedPath(p));
  const seenLinks = new Map();
  const knownHard = new Set();
  let current = '/';
  let base = '/';
  let previous;
  let pos = 1;
  process.nextTick(loop);

  function loop() {
    if (pos >= p.length) return callback(null, encodeName(p, options.encoding));
    const next = p.indexOf('/', pos);
    previous = current;
    if (next === -1) {
      const last = p.slice(pos);
      current += last;
      base = previous + last;
      pos = p.length;
    } else {
      current += p.slice(pos, next + 1);
      base = previous + p.slice(pos, next);
      pos = next + 1;
    }
    if (knownHard.has(base)) return process.nextTick(loop);
    lstat(base, { bigint: true }, gotStat);
  }

  function gotStat(err, stats) {
    if (err) return callback(err);
    if (!stats.isSymbolicLink()) {
      knownHard.add(base);
      return process.nextTick(loop);
    }
    const id = `${stats.dev.toString(32)}:${stats.ino.toString(32)}`;
    if (seenLinks.has(id)) return gotTarget(null, seenLinks.get(id));
    stat(base, (err) => {
      if (err) return callback(err);
      readlink(base, (err, target) => {
        seenLinks.set(id, target);
        gotTarget(err, target);
      });
    });
  }

  function gotTarget(err, target) {
    if (err) return callback(err);
    p = pathModule.resolve(pathModule.resolve(previous, target), p.slice(pos));
    current = base = '/';
    pos = 1;
    process.nextTick(loop);
  }
}
realpath.native = function(p, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  p = getValidatedPath(p);
  asyncOp('realpath', [p], callback, 'realpath', p, undefined, (r) => encodeName(r, options.encoding));
};

function symlink(target, path, type, callback) {
  if (typeof type === 'function') { callback = type; type = undefined; }
  callback = makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  asyncOp('symlink', [target, path], callback, 'symlink', target, path);
}
function symlinkSync(target, path) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  syncOp('symlink', [target, path], 'symlink', target, path);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  asyncOp('readlink', [path], callback, 'readlink', path, undefined, (r) => encodeName(r, options.encoding));
}
function readlinkSync(path, options) {
  options = getOptions(options);
  path = getValidatedPath(path, 'oldPath');
  return encodeName(syncOp('readlink', [path], 'readlink', path), options.encoding);
}

function truncLen(len) {
  if (len == null) return 0;
  validateInteger(len, 'len');
  return Math.max(0, len);
}
function truncate(path, len, callback) {
  if (typeof path === 'number') return ftruncate(path, len, callback);
  if (typeof len === 'function') { callback = len; len = 0; }
  callback = makeCallback(callback);
  path = getValidatedPath(path);
  asyncOp('truncate', [path, truncLen(len)], callback, 'open', path);
}
function truncateSync(path, len) {
  if (typeof path === 'number') return ftruncateSync(path, len);
  path = getValidatedPath(path);
  syncOp('truncate', [path, truncLen(len)], 'open', path);
}
function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') { callback = len; len = 0; }
  fd = getValidatedFd(fd);
  callback = makeCallback(callback);
  asyncOp('ftruncate', [fd, truncLen(len)], callback, 'ftruncate');
}
function ftruncateSync(fd, len = 0) {
  fd = getValidatedFd(fd);
  syncOp('ftruncate', [fd, truncLen(len)], 'ftruncate');
}

function makeTimes(kind, syscall, isFd) {
  return [
    function(target, atime, mtime, callback) {
      callback = makeCallback(callback);
      const t = isFd ? getValidatedFd(target) : getValidatedPath(target);
      const args = [t, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')];
      asyncOp(kind, args, callback, syscall, isFd ? undefined : t);
    },
    function(target, atime, mtime) {
      const t = isFd ? getValidatedFd(target) : getValidatedPath(target);
      syncOp(kind, [t, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime')],
        syscall, isFd ? undefined : t);
    },
  ];
}
const [utimes, utimesSync] = makeTimes('utimes', 'utime', false);
const [futimes, futimesSync] = makeTimes('futimes', 'futime', true);
const [lutimes, lutimesSync] = makeTimes('lutimes', 'lutime', false);

function makeChmod(kind, isFd) {
  return [
    function(target, mode, callback) {
      const t = isFd ? getValidatedFd(target) : getValidatedPath(target);
      mode = parseFileMode(mode, 'mode');
      callback = makeCallback(callback);
      asyncOp(kind, [t, mode], callback, kind, isFd ? undefined : t);
    },
    function(target, mode) {
      const t = isFd ? getValidatedFd(target) : getValidatedPath(target);
      syncOp(kind, [t, parseFileMode(mode, 'mode')], kind, isFd ? undefined : t);
    },
  ];
}
const [chmod, chmodSync] = makeChmod('chmod', false);
const [fchmod, fchmodSync] = makeChmod('fchmod', true);

function makeChown(kind, isFd) {
  return [
    function(target, uid, gid, callback) {
      const t = isFd ? getValidatedFd(target) : getValidatedPath(target);
      validateInteger(uid, 'uid', -1, 4294967295);
      validateInteger(gid, 'gid', -1, 4294967295);
      callback = makeCallback(callback);
      asyncOp(kind, [t, uid >>> 0, gid >>> 0], callback, kind, isFd ? undefined : t);
    },
    function(target, uid, gid) {
      const t = isFd ? getValidatedFd(target) : getValidatedPath(target);
      validateInteger(uid, 'uid', -1, 4294967295);
      validateInteger(gid, 'gid', -1, 4294967295);
      syncOp(kind, [t, uid >>> 0, gid >>> 0], kind, isFd ? undefined : t);
    },
  ];
}
const [chown, chownSync] = makeChown('chown', false);
const [lchown, lchownSync] = makeChown('lchown', false);
const [fchown, fchownSync] = makeChown('fchown', true);

function makeFdOp(kind) {
  return [
    function(fd, callback) {
      fd = getValidatedFd(fd);
      callback = makeCallback(callback);
      asyncOp(kind, [fd], callback, kind);
    },
    function(fd) {
      fd = getValidatedFd(fd);
      syncOp(kind, [fd], kind);
    },
  ];
}
const [fsync, fsyncSync] = makeFdOp('fsync');
const [fdatasync, fdatasyncSync] = makeFdOp('fdatasync');

// ---- cp ----

function cpSync(src, dest, options) {
  require('internal/fs/cp').cpSync(src, dest, options);
}
function cp(src, dest, options, callback) {
  if (typeof options === 'function') { callback = options; options = undefined; }
  callback = makeCallback(callback);
  require('internal/fs/cp').cp(src, dest, options).then(() => callback(null), callback);
}

// ---- disposable temp dirs, blobs ----

function mkdtempDisposableSync(prefix, options) {
  const p = pathModule.resolve(mkdtempSync(prefix, options));
  const remove = () => rmSync(p, { recursive: true, force: true });
  return { path: p, remove, [Symbol.dispose]: remove };
}

async function openAsBlob(path, options = {}) {
  validateObject(options, 'options');
  const type = options.type ?? '';
  path = getValidatedPath(path);
  const { Blob } = require('buffer');
  const data = await fs.promises.readFile(path);
  return new Blob([data], { type });
}

// ---- lazily loaded pieces ----

let promises, streams, dirMod, watchersMod;
function lazyWatchers() {
  watchersMod ??= require('internal/fs/watchers');
  return watchersMod;
}
function lazyStreams() {
  streams ??= require('internal/fs/streams');
  return streams;
}
function lazyDir() {
  dirMod ??= require('internal/fs/dir');
  return dirMod;
}

// util.promisify(fs.read/write/readv/writev) resolves to named results, as in Node.
{
  const { customPromisifyArgs } = require('internal/util/custom_promisify');
  const def = (f, names) => Object.defineProperty(f, customPromisifyArgs, { __proto__: null, value: names, enumerable: false });
  def(read, ['bytesRead', 'buffer']);
  def(write, ['bytesWritten', 'buffer']);
  def(readv, ['bytesRead', 'buffers']);
  def(writev, ['bytesWritten', 'buffers']);
}

const fs = module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync,
  close, closeSync, copyFile, copyFileSync, cp, cpSync,
  createReadStream(path, options) { return new (lazyStreams().ReadStream)(path, options); },
  createWriteStream(path, options) { return new (lazyStreams().WriteStream)(path, options); },
  exists, existsSync, fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync,
  fstat, fstatSync, fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync,
  lchown, lchownSync, link, linkSync, lstat, lstatSync, lutimes, lutimesSync,
  mkdir, mkdirSync, mkdtemp, mkdtempSync, open, openSync,
  opendir(...args) { return lazyDir().opendir(...args); },
  opendirSync(...args) { return lazyDir().opendirSync(...args); },
  readdir, readdirSync, read, readSync, readv, readvSync, readFile, readFileSync,
  readlink, readlinkSync, realpath, realpathSync, rename, renameSync, rm, rmSync,
  rmdir, rmdirSync, stat, statSync, statfs, statfsSync, symlink, symlinkSync, truncate, truncateSync,
  unlink, unlinkSync, utimes, utimesSync, write, writeSync, writev, writevSync,
  watch(...args) { return lazyWatchers().watch(...args); },
  watchFile(...args) { return lazyWatchers().watchFile(...args); },
  unwatchFile(...args) { return lazyWatchers().unwatchFile(...args); },
  writeFile, writeFileSync,
  Dirent, Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { lazyStreams().ReadStream = v; },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { lazyStreams().WriteStream = v; },
  get FileReadStream() { return lazyStreams().ReadStream; },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  get Dir() { return lazyDir().Dir; },
  _toUnixTimestamp: toUnixTimestamp,
  glob(...args) { return require('internal/fs/glob').glob(...args); },
  globSync(...args) { return require('internal/fs/glob').globSync(...args); },
  // lchmod exists only on macOS; Node keeps the keys, undefined, elsewhere.
  lchmod: undefined,
  lchmodSync: undefined,
  mkdtempDisposableSync,
  openAsBlob,
  constants,
  get promises() {
    promises ??= require('internal/fs/promises').exports;
    return promises;
  },
};
Object.defineProperty(fs, 'promises', { enumerable: true, configurable: true,
  get() { promises ??= require('internal/fs/promises').exports; return promises; } });

// Shared with fs/promises, streams and Dir.
Object.defineProperty(fs, Symbol.for('weft.fs.internals'), {
  value: { syncOp, asyncOp, FSReqCallback, kId, readFileError, writeFileError, rmError,
    realpathError, encodeName, decodeData, writeData, readdirResult, readdirRecursive,
    readdirOptions, mkdirArgs, rmOptions, copyMode, accessMode, truncLen, posOf, toUint8,
    BigIntStats },
});
