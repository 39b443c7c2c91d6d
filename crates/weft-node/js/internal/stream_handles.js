// The handle and request classes `net`, `child_process` and stdio are built on: Node's `TCP`,
// `Pipe`, `TCPConnectWrap`, `PipeConnectWrap`, `WriteWrap` and `ShutdownWrap` (from its
// tcp_wrap, pipe_wrap and stream_wrap bindings). Each handle is an async resource created by
// the native side (`internalBinding('stream_wrap').newHandle`), which calls back
// `onconnection(status, clientHandle)`, `onread(nread, arrayBuffer)` and requests'
// `oncomplete(status, ...)` inside the resource's async context.
'use strict';

const binding = internalBinding('stream_wrap');

const kId = Symbol('asyncId');

const TCPConstants = { __proto__: null, SOCKET: 0, SERVER: 1, UV_TCP_IPV6ONLY: 1 };
const PipeConstants = { __proto__: null, SOCKET: 0, SERVER: 1, IPC: 2, UV_READABLE: 1, UV_WRITABLE: 2 };

let Buffer;
function encode(string, encoding) {
  Buffer ??= require('buffer').Buffer;
  return Buffer.from(string, encoding);
}

class StreamHandle {
  constructor(provider) {
    Object.defineProperty(this, kId, {
      __proto__: null, value: binding.newHandle(this, provider), enumerable: false,
    });
    this.reading = false;
    this.onread = null;
    this.bytesRead = 0;
    this.bytesWritten = 0;
  }

  getAsyncId() { return this[kId]; }
  getProviderType() { return undefined; }
  close(cb) { binding.close(this[kId], typeof cb === 'function' ? cb : undefined); }
  ref() { binding.ref(this[kId]); }
  unref() { binding.unref(this[kId]); }
  hasRef() { return binding.hasRef(this[kId]); }
  readStart() { this.reading = true; return binding.readStart(this[kId]); }
  readStop() { this.reading = false; return binding.readStop(this[kId]); }
  shutdown(req) { return binding.shutdown(this[kId], req); }
  writeBuffer(req, data) { return binding.write(this[kId], req, data); }
  writeUtf8String(req, string) { return binding.write(this[kId], req, string); }
  writeAsciiString(req, string) { return binding.write(this[kId], req, encode(string, 'latin1')); }
  writeLatin1String(req, string) { return binding.write(this[kId], req, encode(string, 'latin1')); }
  writeUcs2String(req, string) { return binding.write(this[kId], req, encode(string, 'ucs2')); }
  // `chunks` is [chunk, encoding, chunk, encoding, ...] unless allBuffers.
  writev(req, chunks, allBuffers) {
    let list = chunks;
    if (!allBuffers) {
      list = [];
      for (let i = 0; i < chunks.length; i += 2) {
        const c = chunks[i];
        const enc = chunks[i + 1];
        // An empty string is no bytes in any encoding (http's end() queues one per response).
        list.push(typeof c === 'string' && c !== '' && enc !== 'utf8' && enc !== 'utf-8' ?
          encode(c, enc) : c);
      }
    }
    return binding.writev(this[kId], req, list);
  }
  get writeQueueSize() { return binding.writeQueueSize(this[kId]); }
  useUserBuffer() {}
}

class TCP extends StreamHandle {
  constructor(type) {
    super(type === TCPConstants.SERVER ? 'TCPSERVERWRAP' : 'TCPWRAP');
    if (type === TCPConstants.SERVER) this.onconnection = null;
  }
  bind(address, port) { return binding.bind(this[kId], address, port); }
  bind6(address, port, _flags) { return binding.bind(this[kId], address, port); }
  listen(backlog) { return binding.listen(this[kId], backlog); }
  connect(req, address, port) { return binding.connect(this[kId], req, address, port); }
  connect6(req, address, port) { return binding.connect(this[kId], req, address, port); }
  getsockname(out) { return binding.getsockname(this[kId], out); }
  getpeername(out) { return binding.getpeername(this[kId], out); }
  setNoDelay(enable) { return binding.setNoDelay(this[kId], !!enable); }
  setKeepAlive(enable, delaySecs) { return binding.setKeepAlive(this[kId], !!enable, delaySecs | 0); }
  reset(cb) { this.close(cb); return 0; }
}

class Pipe extends StreamHandle {
  constructor(type) {
    super(type === PipeConstants.SERVER ? 'PIPESERVERWRAP' : 'PIPEWRAP');
    if (type === PipeConstants.SERVER) this.onconnection = null;
  }
  bind(path) { return binding.bindPipe(this[kId], path); }
  listen(backlog) { return binding.listen(this[kId], backlog); }
  connect(req, path) { return binding.connectPipe(this[kId], req, path); }
  open(fd) { return binding.openFd(this[kId], fd); }
  fchmod() { return 0; }
  setPendingInstances() {}
}

// Requests: plain objects until the native side makes them resources (a WriteWrap only when
// the write could not complete synchronously, as in Node).
class TCPConnectWrap {}
class PipeConnectWrap {}
class WriteWrap {}
class ShutdownWrap {}

binding.setup(TCP, Pipe);

module.exports = {
  TCP,
  Pipe,
  TCPConnectWrap,
  PipeConnectWrap,
  WriteWrap,
  ShutdownWrap,
  TCPConstants,
  PipeConstants,
  kId,
};
