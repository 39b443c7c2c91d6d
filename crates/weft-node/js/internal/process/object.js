// The `process` global (Node's lib/internal/bootstrap/node.js + lib/internal/process/*):
// an EventEmitter with argv/env/exit/exitCode/nextTick/hrtime/memoryUsage/... on top of the
// `process_methods` binding.
'use strict';

const EventEmitter = require('events');
const binding = internalBinding('process_methods');
const { codes } = require('internal/errors');
const { nextTick } = require('internal/process/task_queues');

function Process() {}
Object.setPrototypeOf(Process.prototype, EventEmitter.prototype);
Object.defineProperty(Process, 'name', { value: 'process' });
const process = new Process();
EventEmitter.call(process);
Object.defineProperty(process, Symbol.toStringTag, {
  enumerable: false, writable: true, configurable: false, value: 'process',
});

process.title = 'weft';
process.version = binding.nodeVersion;
process.versions = binding.versions;
process.arch = binding.arch;
process.platform = binding.platform;
process.release = { name: 'node' };
process.argv = binding.argv;
process.execArgv = binding.execArgv;
process.execPath = binding.execPath;
process.env = binding.env;
process.pid = binding.pid;
process.ppid = binding.ppid;
process.features = { inspector: false, ipv6: true, tls: false, typescript: false };
process.config = { variables: {} };
process._exiting = false;

let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      let value = code;
      if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
      if (!Number.isInteger(value)) {
        throw new codes.ERR_INVALID_ARG_TYPE('code', 'integer', code);
      }
    }
    exitCode = code;
  },
});

function toExitCode(code) {
  if (code === undefined || code === null) return exitCode === undefined || exitCode === null ? 0 : (exitCode | 0);
  return code | 0;
}

// Emits 'exit' once and leaves with the final code.
function emitExit(code) {
  if (!process._exiting) {
    process._exiting = true;
    if (code !== undefined) process.exitCode = code;
    try {
      process.emit('exit', toExitCode());
    } catch (err) {
      // An exception thrown from an 'exit' listener is fatal, with exit code 7 in Node; the
      // runtime prints it.
      binding.fatalFromExitListener(err);
    }
  }
  return toExitCode();
}

process.exit = function exit(code) {
  if (code !== undefined) process.exitCode = code;
  const finalCode = emitExit();
  binding.reallyExit(finalCode);
};

process.reallyExit = function reallyExit(code) {
  binding.reallyExit(code | 0);
};

process.abort = function abort() { binding.abort(); };

process.nextTick = nextTick;

process.cwd = function cwd() { return binding.cwd(); };
process.chdir = function chdir(directory) {
  const { validateString } = require('internal/validators');
  validateString(directory, 'directory');
  binding.chdir(directory);
};
process.umask = function umask() { return 0o22; };
process.uptime = function uptime() { return binding.uptime(); };

function hrtime(time) {
  const ns = binding.hrtimeNs();
  const sec = Math.floor(ns / 1e9);
  const nsec = ns - sec * 1e9;
  if (time !== undefined) {
    if (!Array.isArray(time)) throw new codes.ERR_INVALID_ARG_TYPE('time', 'Array', time);
    if (time.length !== 2) throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    let s = sec - time[0];
    let n = nsec - time[1];
    if (n < 0) { s -= 1; n += 1e9; }
    return [s, n];
  }
  return [sec, nsec];
}
hrtime.bigint = function bigint() { return binding.hrtimeBigInt(); };
process.hrtime = hrtime;

process.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
process.memoryUsage.rss = function rss() { return binding.memoryUsage().rss; };
process.cpuUsage = function cpuUsage(prev) {
  const usage = binding.cpuUsage();
  if (prev) return { user: usage.user - prev.user, system: usage.system - prev.system };
  return usage;
};
process.resourceUsage = function resourceUsage() { return binding.resourceUsage(); };

process._rawDebug = function _rawDebug(...args) {
  const { format } = require('internal/util/inspect');
  internalBinding('stdio').writeSync(2, format(...args) + '\n');
};

process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('type', 'string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw new codes.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  nextTick(doEmitWarning, warning);
};

let traceWarningHintShown = false;
function doEmitWarning(warning) {
  process.emit('warning', warning);
}

function defaultWarningListener(warning) {
  if (process.listenerCount('warning') > 1) {
    // Users who listen for warnings still get the default output, as in Node.
  }
  let msg = `(${process.release.name === 'node' ? 'node' : 'weft'}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  msg += `${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!traceWarningHintShown) {
    traceWarningHintShown = true;
    msg += '\n(Use `node --trace-warnings ...` to show where the warning was created)';
  }
  internalBinding('stdio').writeSync(2, msg + '\n');
}
process.on('warning', defaultWarningListener);

const stdio = internalBinding('stdio');
const asyncWrap = internalBinding('async_wrap');

// The native handle Node creates behind a stdio stream is an async resource (PIPEWRAP for pipes
// and sockets, TTYWRAP for terminals; files have none). It never calls back, but hooks see its
// `init` and its id is consumed, as in Node.
class Pipe {}
class TTY {}
class Signal {}
function initHandle(resource, provider) {
  const asyncId = asyncWrap.newAsyncId();
  asyncWrap.emitInit(asyncId, provider, asyncWrap.defaultTriggerAsyncId(), resource);
  return resource;
}

function makeStdStream(fd) {
  const stream = new EventEmitter();
  const type = stdio.guessHandleType(fd);
  stream.fd = fd;
  stream.isTTY = type === 'TTY';
  stream.writable = true;
  stream._isStdio = true;
  stream._type = type === 'TTY' ? 'tty' : type === 'FILE' ? 'fs' : 'pipe';
  if (type === 'PIPE') initHandle(new Pipe(), 'PIPEWRAP');
  if (type === 'TTY') initHandle(new TTY(), 'TTYWRAP');
  // Node's Writable defers write callbacks of synchronous writes to one nextTick per batch.
  // Consecutive writes with the same callback share one tick (Node's afterWriteTickInfo).
  let afterWrite = null;
  function afterWriteTick(info) {
    if (afterWrite === info) afterWrite = null;
    for (let i = 0; i < info.count; i++) info.cb(null);
  }
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') { cb = encoding; encoding = undefined; }
    if (typeof chunk === 'string') {
      stdio.writeSync(fd, chunk);
    } else if (chunk instanceof Uint8Array) {
      stdio.writeBytes(fd, chunk);
    } else {
      throw new codes.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    if (typeof cb === 'function') {
      if (afterWrite !== null && afterWrite.cb === cb) {
        afterWrite.count++;
      } else {
        afterWrite = { cb, count: 1 };
        nextTick(afterWriteTick, afterWrite);
      }
    }
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (typeof chunk === 'function') { cb = chunk; chunk = undefined; }
    if (chunk !== undefined && chunk !== null) stream.write(chunk, encoding);
    if (typeof cb === 'function') nextTick(cb);
    return stream;
  };
  stream.columns = stream.isTTY ? 80 : undefined;
  stream.getColorDepth = () => 1;
  stream.hasColors = () => false;
  return stream;
}
let stdout, stderr;
Object.defineProperty(process, 'stdout', {
  configurable: true, enumerable: false,
  get() {
    if (stdout === undefined) {
      stdout = makeStdStream(1);
      // Node refreshes a terminal's size on SIGWINCH, a SIGNALWRAP resource.
      if (stdout.isTTY) initHandle(new Signal(), 'SIGNALWRAP');
    }
    return stdout;
  },
});
Object.defineProperty(process, 'stderr', {
  configurable: true, enumerable: false,
  get() { return stderr ??= makeStdStream(2); },
});

process.binding = function binding(name) {
  throw new Error(`No such module: ${name}`);
};

module.exports = { process, emitExit };
