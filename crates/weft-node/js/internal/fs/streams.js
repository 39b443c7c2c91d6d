// fs.ReadStream / fs.WriteStream (mirrors Node 26's lib/internal/fs/streams.js): Readable and
// Writable streams over a path or descriptor. The file is opened in `_construct` (then 'open'
// and 'ready'), read in `highWaterMark` chunks from `start` to `end`, written at `start`
// onwards; `autoClose` maps onto `autoDestroy`, and destroying closes the descriptor once no
// read or write is in flight. A FileHandle given as `fd` is used through its methods.
'use strict';

const { Readable, Writable, finished } = require('stream');
const { codes } = require('internal/errors');
const { ERR_OUT_OF_RANGE, ERR_METHOD_NOT_IMPLEMENTED } = codes;
const { validateInteger, validateFunction } = require('internal/validators');
const { errorOrDestroy } = require('internal/streams/destroy');
const { getValidatedPath, getValidatedFd, getOptions, isURL } = require('internal/fs/utils');

const kIoDone = Symbol('kIoDone');
const kIsPerformingIO = Symbol('kIsPerformingIO');
const kFs = Symbol('kFs');
const kHandle = Symbol('kHandle');

let fsMod;
function lazyFs() {
  fsMod ??= require('fs');
  return fsMod;
}
let BufferCtor;
function Buf() {
  BufferCtor ??= require('buffer').Buffer;
  return BufferCtor;
}

function isFileHandle(v) {
  return v != null && typeof v === 'object' && typeof v.getAsyncId === 'function' &&
    typeof v.readFile === 'function';
}

// The fs-like operations a stream uses, over a FileHandle's promise methods.
function fileHandleOps(handle) {
  return {
    open: (path, flags, mode, cb) => { throw new ERR_METHOD_NOT_IMPLEMENTED('open()'); },
    close: (fd, cb) => { handle.close().then(() => cb(), cb); },
    read: (fd, buf, offset, length, pos, cb) => {
      handle.read(buf, offset, length, pos).then((r) => cb(null, r.bytesRead, r.buffer), cb);
    },
    write: (fd, buf, offset, length, pos, cb) => {
      handle.write(buf, offset, length, pos).then((r) => cb(null, r.bytesWritten, r.buffer), cb);
    },
    fsync: (fd, cb) => { handle.sync().then(() => cb(), cb); },
    writev: (fd, buffers, pos, cb) => {
      handle.writev(buffers, pos).then((r) => cb(null, r.bytesWritten, r.buffers), cb);
    },
  };
}

function importFd(stream, options) {
  if (options.fd == null) {
    stream.fd = null;
    stream[kFs] = options.fs ?? lazyFs();
    return;
  }
  if (isFileHandle(options.fd)) {
    const handle = options.fd;
    stream[kHandle] = handle;
    stream[kFs] = fileHandleOps(handle);
    stream.fd = handle.fd;
    handle.on('close', () => { if (!stream.destroyed) stream.destroy(); });
    return;
  }
  stream.fd = getValidatedFd(options.fd, 'options.fd');
  stream[kFs] = options.fs ?? lazyFs();
}

function validateFsOverride(options) {
  if (options.fs == null) return;
  for (const name of ['open', 'close']) {
    validateFunction(options.fs[name], `options.fs.${name}`);
  }
}

function construct(callback) {
  const stream = this;
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  stream[kFs].open(stream.path, stream.flags, stream.mode, (er, fd) => {
    if (er) {
      callback(er);
    } else {
      stream.fd = fd;
      callback();
      stream.emit('open', stream.fd);
      stream.emit('ready');
    }
  });
}

function closeStream(stream, err, cb) {
  if (stream.fd == null) {
    cb(err);
  } else if (stream.flush && !err && typeof stream[kFs].fsync === 'function') {
    // WriteStream `flush`: fsync before closing.
    const fd = stream.fd;
    stream[kFs].fsync(fd, (er) => {
      stream.fd = null;
      stream[kFs].close(fd, (er2) => cb(er || er2 || err));
    });
  } else {
    const fd = stream.fd;
    stream.fd = null;
    stream[kFs].close(fd, (er) => cb(er || err));
  }
}

function destroyImpl(err, cb) {
  if (this[kIsPerformingIO]) {
    this.once(kIoDone, (er) => closeStream(this, err || er, cb));
  } else {
    closeStream(this, err, cb);
  }
}

function checkPosition(v, name) {
  if (v === undefined) return;
  validateInteger(v, name, 0);
}

// ---- ReadStream ----

function ReadStream(path, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(path, options);
  options = { ...getOptions(options, {}) };
  if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
  if (options.autoDestroy === undefined) {
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  }
  validateFsOverride(options);
  importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (this.fd == null) {
    this.path = isURL(path) ? getValidatedPath(path) : path;
    if (typeof this.path !== 'string' && !(this.path instanceof Uint8Array)) {
      getValidatedPath(this.path);
    }
  } else {
    this.path = undefined;
  }
  this.flags = options.flags === undefined ? 'r' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;

  this.start = options.start;
  this.end = options.end ?? Infinity;
  this.pos = undefined;
  this.bytesRead = 0;
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    checkPosition(this.start, 'start');
    this.pos = this.start;
  }
  if (this.end !== Infinity) {
    checkPosition(this.end, 'end');
    if (this.start !== undefined && this.start > this.end) {
      throw new ERR_OUT_OF_RANGE('start', `<= "end" (here: ${this.end})`, this.start);
    }
  }
  Reflect.apply(Readable, this, [options]);
}
Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
Object.setPrototypeOf(ReadStream, Readable);

Object.defineProperty(ReadStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._readableState.autoDestroy; },
  set(val) { this._readableState.autoDestroy = val; },
});

ReadStream.prototype._construct = construct;

ReadStream.prototype._read = function(n) {
  n = this.pos !== undefined ?
    Math.min(this.end - this.pos + 1, n) :
    Math.min(this.end - this.bytesRead + 1, n);
  if (n <= 0) {
    this.push(null);
    return;
  }
  const buf = Buf().allocUnsafeSlow(n);
  this[kIsPerformingIO] = true;
  this[kFs].read(this.fd, buf, 0, n, this.pos ?? null, (er, bytesRead, b) => {
    this[kIsPerformingIO] = false;
    // Destroyed meanwhile: let _destroy close the file.
    if (this.destroyed) {
      this.emit(kIoDone, er);
      return;
    }
    if (er) {
      errorOrDestroy(this, er);
    } else if (bytesRead > 0) {
      if (this.pos !== undefined) this.pos += bytesRead;
      this.bytesRead += bytesRead;
      this.push(bytesRead !== b.length ? b.subarray(0, bytesRead) : b);
    } else {
      this.push(null);
    }
  });
};

ReadStream.prototype._destroy = destroyImpl;

ReadStream.prototype.close = function(cb) {
  if (typeof cb === 'function') finished(this, cb);
  this.destroy();
};

Object.defineProperty(ReadStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

// ---- WriteStream ----

function WriteStream(path, options) {
  if (!(this instanceof WriteStream)) return new WriteStream(path, options);
  options = { ...getOptions(options, {}) };
  options.decodeStrings = true;
  validateFsOverride(options);
  importFd(this, options);
  options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
  if (this.fd == null) {
    this.path = isURL(path) ? getValidatedPath(path) : path;
    if (typeof this.path !== 'string' && !(this.path instanceof Uint8Array)) {
      getValidatedPath(this.path);
    }
  } else {
    this.path = undefined;
  }
  this.flags = options.flags === undefined ? 'w' : options.flags;
  this.mode = options.mode === undefined ? 0o666 : options.mode;

  this.start = options.start;
  this.pos = undefined;
  this.bytesWritten = 0;
  this.flush = options.flush == null ? false : options.flush;
  if (typeof this.flush !== 'boolean') {
    throw new (codes.ERR_INVALID_ARG_TYPE)('options.flush', 'boolean', this.flush);
  }
  this[kIsPerformingIO] = false;

  if (this.start !== undefined) {
    checkPosition(this.start, 'start');
    this.pos = this.start;
  }
  Reflect.apply(Writable, this, [options]);
  if (options.encoding) this.setDefaultEncoding(options.encoding);
}
Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(WriteStream, Writable);

Object.defineProperty(WriteStream.prototype, 'autoClose', {
  __proto__: null,
  get() { return this._writableState.autoDestroy; },
  set(val) { this._writableState.autoDestroy = val; },
});

WriteStream.prototype._construct = construct;

WriteStream.prototype._write = function(data, encoding, cb) {
  this[kIsPerformingIO] = true;
  this[kFs].write(this.fd, data, 0, data.length, this.pos ?? null, (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  });
  if (this.pos !== undefined) this.pos += data.length;
};

WriteStream.prototype._writev = function(data, cb) {
  const chunks = data.map((d) => d.chunk);
  const len = chunks.reduce((n, c) => n + c.length, 0);
  this[kIsPerformingIO] = true;
  const done = (er, bytes) => {
    this[kIsPerformingIO] = false;
    if (this.destroyed) {
      cb(er);
      return this.emit(kIoDone, er);
    }
    if (er) return cb(er);
    this.bytesWritten += bytes;
    cb();
  };
  if (typeof this[kFs].writev === 'function') {
    this[kFs].writev(this.fd, chunks, this.pos ?? null, done);
  } else {
    const all = Buf().concat(chunks);
    this[kFs].write(this.fd, all, 0, all.length, this.pos ?? null, done);
  }
  if (this.pos !== undefined) this.pos += len;
};

WriteStream.prototype._destroy = destroyImpl;

WriteStream.prototype.close = function(cb) {
  if (cb) {
    if (this.closed) {
      process.nextTick(cb);
      return;
    }
    this.on('close', cb);
  }
  // Without autoClose nothing would close the file after 'finish'.
  if (!this.autoClose) this.on('finish', this.destroy);
  this.end();
};

WriteStream.prototype.destroySoon = WriteStream.prototype.end;

Object.defineProperty(WriteStream.prototype, 'pending', {
  __proto__: null,
  get() { return this.fd === null; },
  configurable: true,
});

module.exports = { ReadStream, WriteStream };
