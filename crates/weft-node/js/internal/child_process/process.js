// ChildProcess and the stdio plumbing of child_process (Node's lib/internal/child_process.js):
// the `Process` handle (a PROCESSWRAP resource from construction, `onexit(exitCode,
// signalName)` called through MakeCallback), stdio normalisation into pipes/fds/ignore
// (each 'pipe' entry gets a `Pipe` handle, PIPEWRAP, before the spawn), the 'spawn'/'exit'/
// 'error'/'close' sequence, `kill`, `ref`/`unref`, and the result shaping of `spawnSync`.
'use strict';

const EventEmitter = require('events');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_INVALID_SYNC_FORK_INPUT, ERR_IPC_ONE_PIPE, ERR_IPC_SYNC_FORK },
} = require('internal/errors');
const { validateArray, validateObject, validateOneOf, validateString } =
  require('internal/validators');
const { Pipe, PipeConstants } = require('internal/stream_handles');
const { errnoException, convertToValidSignal } = require('internal/child_process/util');

const binding = internalBinding('process_wrap');
const uv = internalBinding('uv');
const { UV_EACCES, UV_EAGAIN, UV_EINVAL, UV_EMFILE, UV_ENFILE, UV_ENOENT, UV_ENOSYS, UV_ESRCH } = uv;

const kId = Symbol('processId');
const kIsUsedAsStdio = Symbol('kIsUsedAsStdio');
const owner = Symbol('owner');

let lazyInspect;
function inspect(v) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(v);
}

// Node's `Process` handle (process_wrap).
class Process {
  constructor() {
    Object.defineProperty(this, kId, {
      __proto__: null, value: binding.newProcess(this), enumerable: false,
    });
    this.onexit = null;
  }

  spawn(options) {
    const stdio = options.stdio.map((s) => {
      if (s.type === 'pipe' || s.type === 'overlapped') {
        return { type: 'pipe', handle: s.handle ? s.handle.getAsyncId() : 0 };
      }
      if (s.type === 'fd' || s.type === 'inherit') return { type: 'fd', fd: s.fd };
      if (s.type === 'wrap') return { type: 'wrap', handle: s.handle.getAsyncId() };
      return { type: 'ignore' };
    });
    return binding.spawn(this[kId], this, {
      file: options.file,
      args: options.args,
      cwd: options.cwd ?? undefined,
      envPairs: options.envPairs,
      stdio,
      detached: !!options.detached,
      uid: options.uid ?? undefined,
      gid: options.gid ?? undefined,
    });
  }

  kill(signal) { return binding.kill(this[kId], signal); }
  close(cb) { binding.close(this[kId], typeof cb === 'function' ? cb : undefined); }
  ref() { binding.setRef(this[kId], true); }
  unref() { binding.setRef(this[kId], false); }
  hasRef() { return binding.hasRef(this[kId]); }
  getAsyncId() { return this[kId]; }
}

function ChildProcess() {
  EventEmitter.call(this);
  this._closesNeeded = 1;
  this._closesGot = 0;
  this.connected = false;
  this.signalCode = null;
  this.exitCode = null;
  this.killed = false;
  this.spawnfile = null;

  this._handle = new Process();
  this._handle[owner] = this;
  this._handle.onexit = (exitCode, signalCode) => {
    // A signal death leaves exitCode null; a normal exit leaves signalCode null.
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;

    if (this.stdin) this.stdin.destroy();
    this._handle.close();
    this._handle = null;

    if (exitCode < 0) {
      const syscall = this.spawnfile ? `spawn ${this.spawnfile}` : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    // Untouched readable stdio is drained on the next tick so it reaches EOF and closes
    // (the user gets one last chance to attach listeners first).
    process.nextTick(flushStdio, this);
    maybeClose(this);
  };
}
Object.setPrototypeOf(ChildProcess.prototype, EventEmitter.prototype);
Object.setPrototypeOf(ChildProcess, EventEmitter);

// Node's stdio streams are net.Sockets over the Pipe handles.
let net;
function createSocket(pipe, readable) {
  net ??= require('net');
  return net.Socket({ handle: pipe, readable });
}

function flushStdio(subprocess) {
  const stdio = subprocess.stdio;
  if (stdio == null) return;
  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (!stream || !stream.readable || stream[kIsUsedAsStdio]) continue;
    stream.resume();
  }
}

function maybeClose(subprocess) {
  subprocess._closesGot++;
  if (subprocess._closesGot === subprocess._closesNeeded) {
    subprocess.emit('close', subprocess.exitCode, subprocess.signalCode);
  }
}

function onErrorNT(self, err) {
  self._handle.onexit(err);
}

function onSpawnNT(self) {
  self.emit('spawn');
}

ChildProcess.prototype.spawn = function spawn(options) {
  validateObject(options, 'options');
  const valid = getValidStdio(options.stdio || 'pipe', false);
  const stdio = options.stdio = valid.stdio;
  validateOneOf(options.serialization, 'options.serialization', [undefined, 'json', 'advanced']);
  if (valid.ipc !== undefined) {
    // IPC channels are not supported yet: the pipe is created but carries no messages.
    if (options.envPairs === undefined) options.envPairs = [];
    else validateArray(options.envPairs, 'options.envPairs');
    options.envPairs.push(`NODE_CHANNEL_FD=${valid.ipcFd}`);
    options.envPairs.push(`NODE_CHANNEL_SERIALIZATION_MODE=${options.serialization || 'json'}`);
  }
  validateString(options.file, 'options.file');
  this.spawnfile = options.file;
  if (options.args === undefined) {
    this.spawnargs = [];
  } else {
    validateArray(options.args, 'options.args');
    this.spawnargs = options.args;
  }

  const err = this._handle.spawn(options);
  if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
      err === UV_ENFILE || err === UV_ENOENT) {
    // Run-time failures are reported through 'error', not thrown.
    process.nextTick(onErrorNT, this, err);
    if (err === UV_EMFILE || err === UV_ENFILE) return err;
  } else if (err) {
    for (let i = 0; i < stdio.length; i++) {
      if (stdio[i].type === 'pipe' && stdio[i].handle) stdio[i].handle.close();
    }
    this._handle.close();
    this._handle = null;
    throw errnoException(err, 'spawn');
  } else {
    process.nextTick(onSpawnNT, this);
  }

  this.pid = this._handle.pid;

  for (let i = 0; i < stdio.length; i++) {
    const stream = stdio[i];
    if (stream.type === 'ignore') continue;
    if (stream.ipc) {
      this._closesNeeded++;
      continue;
    }
    if (stream.type === 'wrap') {
      stream.handle.reading = false;
      if (typeof stream.handle.readStop === 'function') stream.handle.readStop();
      if (stream._stdio && typeof stream._stdio.pause === 'function') {
        stream._stdio.pause();
        stream._stdio[kIsUsedAsStdio] = true;
      }
      continue;
    }
    if (stream.handle) {
      stream.socket = createSocket(this.pid !== 0 ? stream.handle : null, i > 0);
      if (i > 0 && this.pid !== 0) {
        this._closesNeeded++;
        stream.socket.on('close', () => {
          maybeClose(this);
        });
      }
    }
  }

  this.stdin = stdio.length >= 1 && stdio[0].socket !== undefined ? stdio[0].socket : null;
  this.stdout = stdio.length >= 2 && stdio[1].socket !== undefined ? stdio[1].socket : null;
  this.stderr = stdio.length >= 3 && stdio[2].socket !== undefined ? stdio[2].socket : null;
  this.stdio = [];
  for (let i = 0; i < stdio.length; i++) {
    this.stdio.push(stdio[i].socket === undefined ? null : stdio[i].socket);
  }
  // 'send()'/'message' over the IPC pipe ('json' serialization only).
  if (valid.ipc !== undefined) {
    require('internal/child_process/ipc').setupChannel(
      this, valid.ipc, options.serialization || 'json', () => maybeClose(this));
  }
  return err;
};

ChildProcess.prototype.kill = function kill(sig) {
  const signal = sig === 0 ? sig : convertToValidSignal(sig === undefined ? 'SIGTERM' : sig);
  if (this._handle) {
    const err = this._handle.kill(signal);
    if (err === 0) {
      this.killed = true;
      return true;
    }
    if (err === UV_ESRCH) {
      // Already gone.
    } else if (err === UV_EINVAL || err === UV_ENOSYS) {
      throw errnoException(err, 'kill');
    } else {
      this.emit('error', errnoException(err, 'kill'));
    }
  }
  return false;
};

ChildProcess.prototype[Symbol.dispose] = function() {
  if (!this.killed) this.kill();
};

ChildProcess.prototype.ref = function ref() {
  if (this._handle) this._handle.ref();
};

ChildProcess.prototype.unref = function unref() {
  if (this._handle) this._handle.unref();
};

function stdioStringToArray(stdio, channel) {
  const options = [];
  switch (stdio) {
    case 'ignore':
    case 'overlapped':
    case 'pipe': options.push(stdio, stdio, stdio); break;
    case 'inherit': options.push(0, 1, 2); break;
    default:
      throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  if (channel) options.push(channel);
  return options;
}

function handleWrapType(stream) {
  if (stream instanceof Pipe) return 'pipe';
  return false;
}

// Normalises `stdio` into entries { type: 'pipe'|'ignore'|'inherit'|'fd'|'wrap', ... }; async
// spawns get a Pipe handle per 'pipe' entry.
function getValidStdio(stdio, sync) {
  let ipc;
  let ipcFd;
  if (typeof stdio === 'string') {
    stdio = stdioStringToArray(stdio);
  } else if (!Array.isArray(stdio)) {
    throw new ERR_INVALID_ARG_VALUE('stdio', stdio);
  }
  while (stdio.length < 3) stdio.push(undefined);

  const acc = [];
  const cleanup = () => {
    for (const entry of acc) {
      if ((entry.type === 'pipe' || entry.type === 'ipc') && entry.handle) entry.handle.close();
    }
  };
  for (let i = 0; i < stdio.length; i++) {
    let entry = stdio[i];
    if (entry == null) entry = i < 3 ? 'pipe' : 'ignore';
    if (entry === 'ignore') {
      acc.push({ type: 'ignore' });
    } else if (entry === 'pipe' || entry === 'overlapped' ||
               (typeof entry === 'number' && entry < 0)) {
      const a = {
        type: entry === 'overlapped' ? 'overlapped' : 'pipe',
        readable: i === 0,
        writable: i !== 0,
      };
      if (!sync) a.handle = new Pipe(PipeConstants.SOCKET);
      acc.push(a);
    } else if (entry === 'ipc') {
      if (sync || ipc !== undefined) {
        cleanup();
        if (!sync) throw new ERR_IPC_ONE_PIPE();
        throw new ERR_IPC_SYNC_FORK();
      }
      ipc = new Pipe(PipeConstants.IPC);
      ipcFd = i;
      acc.push({ type: 'pipe', handle: ipc, ipc: true });
    } else if (entry === 'inherit') {
      acc.push({ type: 'inherit', fd: i });
    } else if (typeof entry === 'number' || typeof entry.fd === 'number') {
      acc.push({ type: 'fd', fd: typeof entry === 'number' ? entry : entry.fd });
    } else if (handleWrapType(entry) || handleWrapType(entry.handle) ||
               handleWrapType(entry._handle)) {
      const handle = handleWrapType(entry) ? entry :
        handleWrapType(entry.handle) ? entry.handle : entry._handle;
      acc.push({ type: 'wrap', wrapType: handleWrapType(handle), handle, _stdio: entry });
    } else if (ArrayBuffer.isView(entry) || typeof entry === 'string') {
      if (!sync) {
        cleanup();
        throw new ERR_INVALID_SYNC_FORK_INPUT(inspect(entry));
      }
    } else {
      cleanup();
      throw new ERR_INVALID_ARG_VALUE('stdio', entry);
    }
  }
  return { stdio: acc, ipc, ipcFd };
}

let Buffer;
function spawnSync(options) {
  Buffer ??= require('buffer').Buffer;
  const stdio = options.stdio.map((s) => {
    if (s.type === 'pipe' || s.type === 'overlapped') return { type: 'pipe' };
    if (s.type === 'fd' || s.type === 'inherit') return { type: 'fd', fd: s.fd };
    return { type: 'ignore' };
  });
  const input = options.stdio[0] && options.stdio[0].input;
  const result = binding.spawnSync({
    file: options.file,
    args: options.args,
    cwd: options.cwd ?? undefined,
    envPairs: options.envPairs,
    stdio,
    detached: !!options.detached,
    uid: options.uid ?? undefined,
    gid: options.gid ?? undefined,
    input: input == null ? undefined :
      new Uint8Array(input.buffer, input.byteOffset, input.byteLength),
    timeout: options.timeout,
    maxBuffer: options.maxBuffer,
    killSignal: options.killSignal,
  });
  if (result.output) {
    for (let i = 0; i < result.output.length; i++) {
      if (result.output[i]) result.output[i] = Buffer.from(result.output[i]);
    }
    if (options.encoding && options.encoding !== 'buffer') {
      for (let i = 0; i < result.output.length; i++) {
        if (result.output[i]) result.output[i] = result.output[i].toString(options.encoding);
      }
    }
  }
  result.stdout = result.output?.[1];
  result.stderr = result.output?.[2];
  if (result.error) {
    result.error = errnoException(result.error, `spawnSync ${options.file}`);
    result.error.path = options.file;
    result.error.spawnargs = options.args.slice(1);
  }
  return result;
}

module.exports = {
  ChildProcess,
  Process,
  getValidStdio,
  stdioStringToArray,
  spawnSync,
  kIsUsedAsStdio,
};
