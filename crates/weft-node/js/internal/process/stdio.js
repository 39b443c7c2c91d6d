// process.stdout, process.stderr and process.stdin (mirrors Node 26's
// lib/internal/bootstrap/switches/is_main_thread.js getStdout/getStderr/getStdin): created on
// first access, by what the fd is:
//   - a terminal: tty.WriteStream / tty.ReadStream (TTYWRAP);
//   - a pipe or socket: net.Socket over a Pipe handle opened on the fd (PIPEWRAP);
//   - a file: SyncWriteStream / fs.ReadStream (no async resource).
// stdout/stderr writes are synchronous (blocking) for pipes and terminals, so no output is ever
// lost at exit; their fds are never closed (destroy is a no-op that keeps the stream usable).
'use strict';

const stdio = internalBinding('stdio');

function dummyDestroy(err, cb) {
  cb(err);
  this._undestroy();
  // A stdio stream never closes its fd, but 'close' is still announced.
  if (!this._writableState.emitClose) {
    process.nextTick(() => this.emit('close'));
  }
}

function createWritableStdioStream(fd) {
  let stream;
  switch (stdio.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stream = new tty.WriteStream(fd);
      stream._type = 'tty';
      break;
    }
    case 'FILE': {
      const SyncWriteStream = require('internal/fs/sync_write_stream');
      stream = new SyncWriteStream(fd, { autoClose: false });
      stream._type = 'fs';
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      const { Pipe, PipeConstants } = require('internal/stream_handles');
      const { setBlockingWrites } = require('internal/tty');
      const handle = new Pipe(PipeConstants.SOCKET);
      // Writes are blocking; a duplicate of the fd is adopted so that shutdown goes through the
      // native stream core like any pipe, and closing the handle never closes fd 1 or 2.
      // Its blocking mode comes back at exit.
      stdio.rememberFlags(fd);
      const own = stdio.dup(fd);
      if (own >= 0) handle.open(own);
      setBlockingWrites(handle, fd);
      stream = new net.Socket({ handle, readable: false, writable: true, manualStart: true });
      stream._type = 'pipe';
      break;
    }
    default: {
      // Nothing usable behind the fd (e.g. closed): writes go nowhere.
      const { Writable } = require('stream');
      stream = new Writable({ write(buf, enc, cb) { cb(); } });
    }
  }
  // For the legacy API, the fd is also on the stream.
  stream.fd = fd;
  stream._isStdio = true;
  return stream;
}

let stdout;
let stderr;
let stdin;

function getStdout() {
  if (stdout) return stdout;
  stdout = createWritableStdioStream(1);
  stdout.destroySoon = stdout.destroy;
  stdout._destroy = dummyDestroy;
  // Node refreshes a terminal's size on SIGWINCH: a real listener (a SIGNALWRAP resource).
  if (stdout.isTTY) {
    process.on('SIGWINCH', () => stdout._refreshSize());
  }
  return stdout;
}

function getStderr() {
  if (stderr) return stderr;
  stderr = createWritableStdioStream(2);
  stderr.destroySoon = stderr.destroy;
  stderr._destroy = dummyDestroy;
  if (stderr.isTTY) {
    process.on('SIGWINCH', () => stderr._refreshSize());
  }
  return stderr;
}

function getStdin() {
  if (stdin) return stdin;
  const fd = 0;
  switch (stdio.guessHandleType(fd)) {
    case 'TTY': {
      const tty = require('tty');
      stdin = new tty.ReadStream(fd);
      break;
    }
    case 'FILE': {
      const fs = require('fs');
      stdin = new fs.ReadStream(null, { fd, autoClose: false });
      break;
    }
    case 'PIPE':
    case 'TCP': {
      const net = require('net');
      const { Pipe, PipeConstants } = require('internal/stream_handles');
      // The handle owns a duplicate of fd 0 (closing it leaves fd 0 open).
      const handle = new Pipe(PipeConstants.SOCKET);
      stdio.rememberFlags(fd);
      const own = stdio.dup(fd);
      const err = handle.open(own >= 0 ? own : fd);
      if (err) throw require('internal/uv_exceptions').ErrnoException(err, 'open');
      stdin = new net.Socket({ handle, readable: true, writable: false, manualStart: true });
      // stdin cannot be ended.
      stdin._writableState.ended = true;
      break;
    }
    default: {
      // No usable stdin (closed): an empty stream that ends at once when read.
      const { Readable } = require('stream');
      stdin = new Readable({ read() { this.push(null); } });
      // Ensure that stdin.end() is a no-op, as for a pipe.
      stdin.on('end', () => {});
    }
  }
  // For the legacy API, the fd is also on the stream.
  stdin.fd = fd;

  // stdin starts paused: the handle must not be reading until someone asks for data.
  if (stdin._handle && stdin._handle.readStop) {
    stdin._handle.reading = false;
    stdin._readableState.reading = false;
    stdin._handle.readStop();
  }

  // After pause(), stop reading one tick later (once the stream has done so), so that the
  // process can exit.
  stdin.on('pause', () => process.nextTick(onpause));
  function onpause() {
    if (!stdin._handle) return;
    if (stdin._handle.reading && !stdin.readableFlowing) {
      stdin._readableState.reading = false;
      stdin._handle.reading = false;
      stdin._handle.readStop();
    }
  }
  return stdin;
}

module.exports = { getStdout, getStderr, getStdin };
