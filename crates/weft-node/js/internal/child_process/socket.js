// The stdio streams of a child process: Node gives each `'pipe'` entry a `net.Socket` around a
// `Pipe` handle (lib/net.js with `{ handle, readable }`). Until `net` is built in, this is
// that socket's behaviour for an already-open pipe: a Duplex (allowHalfOpen false, its own
// 'close' after the handle closes) reading with `readStart`/`onread`, writing through
// `WriteWrap` requests, ending its write side with a `ShutdownWrap` in `_final`, and closing
// the handle in `_destroy`. Event and tick order follow net.Socket's, so async hook traces
// and 'data'/'end'/'close' ordering match Node's.
'use strict';

const { Duplex } = require('stream');
const { Buffer } = require('buffer');
const { WriteWrap, ShutdownWrap } = require('internal/stream_handles');
const { errnoException } = require('internal/child_process/util');

const UV_EOF = -4095;
const UV_ENOTCONN = -107;
const kOwner = Symbol('owner');

function noop() {}

class PipeSocket extends Duplex {
  constructor(options) {
    const handle = options.handle;
    super({
      allowHalfOpen: false,
      emitClose: false,
      autoDestroy: true,
      decodeStrings: false,
      readable: options.readable,
    });
    this.connecting = false;
    this._hadError = false;
    this._handle = null;
    this._parent = null;
    this._host = null;
    this._closeAfterHandlingError = false;
    this._pendingData = null;
    this._pendingEncoding = '';
    this.server = null;
    this._server = null;
    this.bytesRead = 0;
    this._bytesDispatched = 0;
    if (handle) {
      this._handle = handle;
      handle[kOwner] = this;
      handle.onread = onStreamRead;
    }
    this.on('end', onReadableStreamEnd);
    if (this._handle && options.readable !== false) this.read(0);
  }

  get pending() { return !this._handle || this.connecting; }
  get readyState() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  }
  get bufferSize() { return this._handle ? this.writableLength : undefined; }
  get bytesWritten() { return this._bytesDispatched; }

  _read() {
    if (this._handle && !this._handle.reading) tryReadStart(this);
  }

  _write(data, encoding, cb) {
    writeGeneric(this, data, encoding, cb);
  }

  _writev(chunks, cb) {
    if (!this._handle) {
      cb(new Error('This socket is closed'));
      return;
    }
    const bufs = chunks.map(({ chunk, encoding }) =>
      (typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk));
    writeGeneric(this, Buffer.concat(bufs), 'buffer', cb);
  }

  _final(cb) {
    if (!this._handle) {
      cb();
      return;
    }
    const req = new ShutdownWrap();
    req.oncomplete = afterShutdown;
    req.handle = this._handle;
    req.callback = cb;
    const err = this._handle.shutdown(req);
    if (err === 1 || err === UV_ENOTCONN) cb();
    else if (err !== 0) cb(errnoException(err, 'shutdown'));
  }

  _destroy(exception, cb) {
    this.connecting = false;
    if (this._handle) {
      // net.Socket compares itself with process.stderr here, which creates that stream
      // (and its handle) on first use; the access is kept so resource traces match.
      void process.stderr;
      const isException = !!exception;
      this._handle.close(() => {
        this.emit('close', isException);
      });
      this._handle.onread = noop;
      this._handle = null;
      cb(exception);
    } else {
      cb(exception);
      process.nextTick(() => this.emit('close', !!exception));
    }
  }

  destroySoon() {
    if (this.writable) this.end();
    if (this.writableFinished) this.destroy();
    else this.once('finish', this.destroy);
  }

  ref() {
    if (this._handle && typeof this._handle.ref === 'function') this._handle.ref();
    return this;
  }

  unref() {
    if (this._handle && typeof this._handle.unref === 'function') this._handle.unref();
    return this;
  }

  setTimeout(msecs, callback) {
    if (callback) this.once('timeout', callback);
    return this;
  }

  setNoDelay() { return this; }
  setKeepAlive() { return this; }
  address() { return {}; }
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

// Called with `this` = the Pipe handle.
function onStreamRead(nread, arrayBuffer) {
  const stream = this[kOwner];
  if (!stream) return;
  if (nread > 0 && !stream.destroyed) {
    stream.bytesRead += nread;
    const ret = stream.push(Buffer.from(arrayBuffer, 0, nread));
    if (!ret) {
      this.reading = false;
      const err = this.readStop();
      if (err) stream.destroy(errnoException(err, 'read'));
    }
    return;
  }
  if (nread === 0 || nread > 0) return;
  if (nread !== UV_EOF) {
    stream.destroy(errnoException(nread, 'read'));
    return;
  }
  if (!stream._readableState.endEmitted) {
    stream.push(null);
    stream.read(0);
  }
}

function onReadableStreamEnd() {
  this.write = writeAfterFIN;
}

function writeAfterFIN(chunk, encoding, cb) {
  if (typeof encoding === 'function') cb = encoding;
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function writeGeneric(socket, data, encoding, cb) {
  const handle = socket._handle;
  if (!handle) {
    cb(new Error('This socket is closed'));
    return;
  }
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = cb;
  let err;
  if (typeof data === 'string') {
    err = encoding === 'utf8' || encoding === 'utf-8' ?
      handle.writeUtf8String(req, data) :
      handle.writeBuffer(req, Buffer.from(data, encoding));
  } else {
    err = handle.writeBuffer(req, data);
  }
  if (err !== 0) {
    cb(errnoException(err, 'write'));
    return;
  }
  socket._bytesDispatched += req.bytes || 0;
  if (!req.async) cb();
}

// Called with `this` = the WriteWrap.
function onWriteComplete(status) {
  const stream = this.handle[kOwner];
  if (!stream || stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = errnoException(status, 'write');
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  if (typeof this.callback === 'function') this.callback(null);
}

// Called with `this` = the ShutdownWrap.
function afterShutdown() {
  this.callback();
}

function createSocket(handle, readable) {
  return new PipeSocket({ handle, readable });
}

module.exports = { PipeSocket, createSocket };
