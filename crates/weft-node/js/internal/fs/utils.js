// Shared pieces of node:fs (mirrors Node's lib/internal/fs/utils.js): fs.constants, flag
// strings, path and argument validation, Node's uvException error shape, Stats/BigIntStats
// (own numeric fields, lazy Date getters on the prototype) and Dirent.
'use strict';

const { codes, AbortError } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
} = codes;
const { validateInteger, validateInt32, validateFunction } = require('internal/validators');

const constants = Object.assign(Object.create(null), {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2,
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152,
  O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, UV_FS_O_TEMPORARY: 0, UV_FS_O_SHORT_LIVED: 0,
  UV_FS_O_SEQUENTIAL: 0, UV_FS_O_RANDOM: 0,
  O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536, O_NOATIME: 262144,
  O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096, O_DIRECT: 16384, O_NONBLOCK: 2048,
  S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128, S_IXUSR: 64,
  S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8,
  S_IRWXO: 7, S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1,
  UV_FS_COPYFILE_FICLONE: 2, COPYFILE_FICLONE: 2,
  UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
});
const {
  O_RDONLY, O_WRONLY, O_RDWR, O_CREAT, O_EXCL, O_TRUNC, O_APPEND, O_SYNC,
  S_IFMT, S_IFREG, S_IFDIR, S_IFCHR, S_IFBLK, S_IFIFO, S_IFLNK, S_IFSOCK,
} = constants;

const kFlags = {
  __proto__: null,
  'r': O_RDONLY, 'rs': O_RDONLY | O_SYNC, 'sr': O_RDONLY | O_SYNC,
  'r+': O_RDWR, 'rs+': O_RDWR | O_SYNC, 'sr+': O_RDWR | O_SYNC,
  'w': O_TRUNC | O_CREAT | O_WRONLY, 'wx': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'xw': O_TRUNC | O_CREAT | O_WRONLY | O_EXCL,
  'w+': O_TRUNC | O_CREAT | O_RDWR, 'wx+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'xw+': O_TRUNC | O_CREAT | O_RDWR | O_EXCL,
  'a': O_APPEND | O_CREAT | O_WRONLY, 'ax': O_APPEND | O_CREAT | O_WRONLY | O_EXCL,
  'xa': O_APPEND | O_CREAT | O_WRONLY | O_EXCL, 'as': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'sa': O_APPEND | O_CREAT | O_WRONLY | O_SYNC,
  'a+': O_APPEND | O_CREAT | O_RDWR, 'ax+': O_APPEND | O_CREAT | O_RDWR | O_EXCL,
  'xa+': O_APPEND | O_CREAT | O_RDWR | O_EXCL, 'as+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
  'sa+': O_APPEND | O_CREAT | O_RDWR | O_SYNC,
};

function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O_RDONLY;
  const f = kFlags[flags];
  if (f === undefined) throw new ERR_INVALID_ARG_VALUE(name, flags);
  return f;
}

let urlMod;
function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
    typeof v.protocol === 'string' && v.auth === undefined && v.path === undefined;
}

function bufferToString(b) {
  const { Buffer } = require('buffer');
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString();
}

// A path argument as a string: strings, Buffers/Uint8Arrays and file: URLs.
function getValidatedPath(path, name = 'path') {
  if (isURL(path)) {
    urlMod ??= require('url');
    path = urlMod.fileURLToPath(path);
  }
  let s;
  if (typeof path === 'string') s = path;
  else if (path instanceof Uint8Array) s = bufferToString(path);
  else throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
  if (s.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, path,
      'must be a string, Uint8Array, or URL without null bytes');
  }
  return s;
}

function getValidatedFd(fd, name = 'fd') {
  if (Object.is(fd, -0)) return 0;
  validateInt32(fd, name, 0);
  return fd;
}

function parseFileMode(value, name, def) {
  value ??= def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateInt32(value, name, 0, 4294967295);
  return value;
}

function toUnixTimestamp(time, name = 'time') {
  name = 'time';
  if (typeof time === 'string' && +time == time) return +time;
  if (Number.isFinite(time)) return time < 0 ? Date.now() / 1000 : time;
  if (time instanceof Date) return time.getTime() / 1000;
  throw new ERR_INVALID_ARG_TYPE(name, ['Date', 'Time in seconds'], time);
}

function getOptions(options, defaults = { __proto__: null }) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    if (options !== 'buffer') assertEncoding(options);
    return { ...defaults, encoding: options };
  }
  if (typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['string', 'Object'], options);
  }
  if (options.encoding !== 'buffer' && options.encoding != null) assertEncoding(options.encoding);
  if (options.signal !== undefined) {
    const s = options.signal;
    if (s === null || typeof s !== 'object' || !('aborted' in s)) {
      throw new ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', s);
    }
  }
  return { ...defaults, ...options };
}

function assertEncoding(encoding) {
  if (encoding && !require('buffer').Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE('encoding', encoding, 'is invalid encoding');
  }
}

// The C++-side checks of copyFile/access modes (messages without the usual prefix).
function nativeStyle(err, message) {
  err.message = message;
  err.stack = `${err.name} [${err.code}]: ${message}${String(err.stack).slice(String(err.stack).indexOf('\n'))}`;
  return err;
}
function getValidMode(mode, def) {
  if (mode == null) return def;
  if (typeof mode !== 'number' || !(mode === (mode | 0) || Number.isInteger(Math.trunc(mode)))) {
    throw nativeStyle(new ERR_INVALID_ARG_TYPE('mode', 'integer', mode), 'mode must be int32 or null/undefined');
  }
  mode = Math.trunc(mode);
  if (mode >= 0 && mode <= 7) return mode;
  throw nativeStyle(new ERR_OUT_OF_RANGE('mode', '>= 0 && <= 7', mode), 'mode is out of range: >= 0 && <= 7');
}

function makeCallback(cb) {
  validateFunction(cb, 'cb');
  return cb;
}

// Node's uvException: `CODE: description, syscall 'path' -> 'dest'`.
function uvException(errno, syscall, path, dest) {
  const uv = internalBinding('uv');
  const code = uv.errname(errno);
  const desc = uvDescription(errno);
  let message = `${code}: ${desc}, ${syscall}`;
  if (path !== undefined) message += ` '${path}'`;
  if (dest !== undefined) message += ` -> '${dest}'`;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

let errMap;
function uvDescription(errno) {
  errMap ??= new Map(internalBinding('uv').getErrorMap());
  const e = errMap.get(errno);
  return e ? e[1] : 'unknown error';
}

function checkAborted(signal, cb) {
  if (signal?.aborted) {
    cb(new AbortError(undefined, { cause: signal.reason }));
    return true;
  }
  return false;
}

// ---- Stats ----

const kNsPerMs = 1e6;
const kPartial = [Symbol('partialAtimeNs'), Symbol('partialMtimeNs'),
  Symbol('partialCtimeNs'), Symbol('kPartialBirthtimeNs')];
const kTimes = ['atime', 'mtime', 'ctime', 'birthtime'];

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev; this.mode = mode; this.nlink = nlink; this.uid = uid; this.gid = gid;
  this.rdev = rdev; this.blksize = blksize; this.ino = ino; this.size = size;
  this.blocks = blocks;
}
for (const [name, type] of [['isDirectory', S_IFDIR], ['isFile', S_IFREG],
  ['isBlockDevice', S_IFBLK], ['isCharacterDevice', S_IFCHR], ['isSymbolicLink', S_IFLNK],
  ['isFIFO', S_IFIFO], ['isSocket', S_IFSOCK]]) {
  Object.defineProperty(StatsBase.prototype, name, {
    __proto__: null, writable: true, configurable: true, enumerable: false,
    value: { [name]() { return this._checkModeProperty(type); } }[name],
  });
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs; this.mtimeMs = mtimeMs; this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
}
Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype._checkModeProperty = function(property) {
  return (this.mode & S_IFMT) === property;
};

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
  atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeNs / 1000000n; this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n; this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs; this.mtimeNs = mtimeNs; this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
}
Object.setPrototypeOf(BigIntStats.prototype, StatsBase.prototype);
Object.setPrototypeOf(BigIntStats, StatsBase);
BigIntStats.prototype._checkModeProperty = function(property) {
  return (this.mode & BigInt(S_IFMT)) === BigInt(property);
};

// Date fields are computed on first access and then become own data properties.
for (const [i, name] of kTimes.entries()) {
  for (const proto of [Stats.prototype, BigIntStats.prototype]) {
    Object.defineProperty(proto, name, {
      __proto__: null,
      enumerable: true,
      configurable: true,
      get() {
        const value = new Date(Math.round(Number(this[`${name}Ms`])));
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
        return value;
      },
      set(value) {
        Object.defineProperty(this, name, { __proto__: null, value, writable: true, enumerable: true, configurable: true });
      },
    });
  }
  void i;
}
// Node defines _checkModeProperty after the date accessors.
for (const C of [Stats, BigIntStats]) {
  const f = C.prototype._checkModeProperty;
  delete C.prototype._checkModeProperty;
  C.prototype._checkModeProperty = f;
}

// `a` is the binding's 18 numbers (see ops.rs): 10 fields, then (sec, nsec) x 4.
function getStatsFromBinding(a, bigint) {
  if (bigint) {
    const B = BigInt;
    const ns = (k) => B(a[10 + 2 * k]) * 1000000000n + B(a[11 + 2 * k]);
    return new BigIntStats(B(a[0]), B(a[1]), B(a[2]), B(a[3]), B(a[4]), B(a[5]), B(a[6]),
      B(a[7]), B(a[8]), B(a[9]), ns(0), ns(1), ns(2), ns(3));
  }
  const ms = (k) => a[10 + 2 * k] * 1e3 + a[11 + 2 * k] / kNsPerMs;
  const st = new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
    ms(0), ms(1), ms(2), ms(3));
  for (let k = 0; k < 4; k++) st[kPartial[k]] = a[11 + 2 * k];
  return st;
}

// ---- StatFs ----

class StatFs {
  constructor(type, bsize, frsize, blocks, bfree, bavail, files, ffree) {
    this.type = type; this.bsize = bsize; this.frsize = frsize; this.blocks = blocks;
    this.bfree = bfree; this.bavail = bavail; this.files = files; this.ffree = ffree;
  }
}
function getStatFsFromBinding(a, bigint) {
  return new StatFs(...(bigint ? a.map((v) => BigInt(v)) : a));
}

// ---- Dirent ----

const kType = Symbol('type');
class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === constants.UV_DIRENT_DIR; }
  isFile() { return this[kType] === constants.UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === constants.UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === constants.UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === constants.UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === constants.UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === constants.UV_DIRENT_SOCKET; }
}

function validateOffsetLengthRead(offset, length, bufferLength) {
  if (offset < 0) throw new ERR_OUT_OF_RANGE('offset', '>= 0', offset);
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  if (offset + length > bufferLength) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${bufferLength - offset}`, length);
  }
}

function validateOffsetLengthWrite(offset, length, byteLength) {
  if (offset > byteLength) throw new ERR_OUT_OF_RANGE('offset', `<= ${byteLength}`, offset);
  if (length > byteLength - offset) {
    throw new ERR_OUT_OF_RANGE('length', `<= ${byteLength - offset}`, length);
  }
  if (length < 0) throw new ERR_OUT_OF_RANGE('length', '>= 0', length);
  validateInt32(length, 'length', 0);
}

function validatePosition(position, name, length) {
  if (typeof position === 'number') {
    validateInteger(position, name, -1);
  } else if (typeof position === 'bigint') {
    const maxPosition = 2n ** 63n - 1n - BigInt(length);
    if (!(position >= -1n && position <= maxPosition)) {
      throw new ERR_OUT_OF_RANGE(name, `>= -1 && <= ${maxPosition}`, position);
    }
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['integer', 'bigint'], position);
  }
}

module.exports = {
  constants,
  stringToFlags,
  getValidatedPath,
  getValidatedFd,
  parseFileMode,
  toUnixTimestamp,
  getOptions,
  assertEncoding,
  makeCallback,
  getValidMode,
  uvException,
  checkAborted,
  Stats,
  BigIntStats,
  getStatsFromBinding,
  getStatFsFromBinding,
  Dirent,
  kType,
  isURL,
  validateOffsetLengthRead,
  validateOffsetLengthWrite,
  validatePosition,
};
