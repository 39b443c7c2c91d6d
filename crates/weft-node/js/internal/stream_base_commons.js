// What every handle-backed stream (net.Socket, child process pipes, stdio pipes) shares, as
// Node's lib/internal/stream_base_commons.js: turning writes into WriteWrap requests on the
// handle, and the handle's `onread(nread, arrayBuffer)` into `push()`es.
'use strict';

const { WriteWrap } = require('internal/stream_handles');
const { ErrnoException } = require('internal/uv_exceptions');
const { UV_EOF } = internalBinding('uv');

const kUpdateTimer = Symbol('kUpdateTimer');
const kAfterAsyncWrite = Symbol('kAfterAsyncWrite');
const kHandle = Symbol('kHandle');
const kSession = Symbol('kSession');
const kBuffer = Symbol('kBuffer');
const kBufferCb = Symbol('kBufferCb');
const kBufferGen = Symbol('kBufferGen');
const owner_symbol = Symbol('owner_symbol');

let FastBuffer;
function bufferOf(arrayBuffer) {
  FastBuffer ??= require('buffer').Buffer;
  return FastBuffer.from(arrayBuffer);
}

function onWriteComplete(status) {
  const stream = this.handle[owner_symbol];
  if (stream.destroyed) {
    if (typeof this.callback === 'function') this.callback(null);
    return;
  }
  if (status < 0) {
    const ex = ErrnoException(status, 'write', this.error);
    if (typeof this.callback === 'function') this.callback(ex);
    else stream.destroy(ex);
    return;
  }
  stream[kUpdateTimer]();
  stream[kAfterAsyncWrite]();
  if (typeof this.callback === 'function') this.callback(null);
}

function createWriteWrap(handle, callback) {
  const req = new WriteWrap();
  req.handle = handle;
  req.oncomplete = onWriteComplete;
  req.async = false;
  req.bytes = 0;
  req.buffer = null;
  req.callback = callback;
  return req;
}

function handleWriteReq(req, data, encoding) {
  const { handle } = req;
  switch (encoding) {
    case 'buffer':
      return handle.writeBuffer(req, data);
    case 'latin1':
    case 'binary':
      return handle.writeLatin1String(req, data);
    case 'utf8':
    case 'utf-8':
      return handle.writeUtf8String(req, data);
    case 'ascii':
      return handle.writeAsciiString(req, data);
    case 'ucs2':
    case 'ucs-2':
    case 'utf16le':
    case 'utf-16le':
      return handle.writeUcs2String(req, data);
    default: {
      FastBuffer ??= require('buffer').Buffer;
      return handle.writeBuffer(req, FastBuffer.from(data, encoding));
    }
  }
}

// A write that completed synchronously calls back now (the Writable defers its own work);
// one that was queued calls back from `oncomplete`.
function afterWriteDispatched(req, err, cb) {
  if (err !== 0) return cb(ErrnoException(err, 'write', req.error));
  req.handle.bytesWritten += req.bytes;
  if (!req.async && typeof req.callback === 'function') {
    req.callback();
  }
}

function writeGeneric(self, data, encoding, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const err = handleWriteReq(req, data, encoding);
  afterWriteDispatched(req, err, cb);
  return req;
}

function writevGeneric(self, data, cb) {
  const req = createWriteWrap(self[kHandle], cb);
  const allBuffers = data.allBuffers;
  let chunks;
  if (allBuffers) {
    chunks = data;
    for (let i = 0; i < data.length; i++) chunks[i] = data[i].chunk;
  } else {
    chunks = new Array(data.length << 1);
    for (let i = 0; i < data.length; i++) {
      const entry = data[i];
      chunks[i * 2] = entry.chunk;
      chunks[i * 2 + 1] = entry.encoding;
    }
  }
  const err = req.handle.writev(req, chunks, allBuffers);
  if (err === 0) req._chunks = chunks;
  afterWriteDispatched(req, err, cb);
  return req;
}

// `this` is the handle: called by the native side with the bytes read, 0, or a negative errno
// (UV_EOF at the end of the stream).
function onStreamRead(nread, arrayBuffer) {
  const handle = this;
  const stream = this[owner_symbol];
  stream[kUpdateTimer]();
  if (nread > 0 && !stream.destroyed) {
    handle.bytesRead += nread;
    const result = stream.push(bufferOf(arrayBuffer));
    if (!result) {
      handle.reading = false;
      if (!stream.destroyed) {
        const err = handle.readStop();
        if (err) stream.destroy(ErrnoException(err, 'read'));
      }
    }
    return;
  }
  if (nread === 0) return;
  if (nread !== UV_EOF) {
    // Errors after an EOF-less close are reported as the stream's error.
    stream.destroy(ErrnoException(nread, 'read'));
    return;
  }
  if (stream._readableState.endEmitted) {
    if (stream[kMaybeDestroy]) stream[kMaybeDestroy]();
  } else {
    if (stream[kMaybeDestroy]) stream.on('end', stream[kMaybeDestroy]);
    handle.reading = false;
    if (handle.readStop) handle.readStop();
    stream.push(null);
    stream.read(0);
  }
}

const kMaybeDestroy = Symbol('kMaybeDestroy');


module.exports = {
  createWriteWrap,
  writevGeneric,
  writeGeneric,
  onStreamRead,
  kAfterAsyncWrite,
  kMaybeDestroy,
  kUpdateTimer,
  kHandle,
  kSession,
  kBuffer,
  kBufferCb,
  kBufferGen,
  owner_symbol,
};
