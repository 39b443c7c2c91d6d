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

const { validateString, validateNumber, validateObject, validateArray, validateUint32 } =
  require('internal/validators');
const { emitWarning, onWarning } = require('internal/process/warning');
const { signals } = internalBinding('signals');

process.version = binding.nodeVersion;
process.versions = binding.versions;
process.arch = binding.arch;
process.platform = binding.platform;
process.release = {
  name: 'node',
  sourceUrl: `https://nodejs.org/download/release/${binding.nodeVersion}/node-${binding.nodeVersion}.tar.gz`,
  headersUrl: `https://nodejs.org/download/release/${binding.nodeVersion}/` +
    `node-${binding.nodeVersion}-headers.tar.gz`,
};
process.title = binding.argv0;
process.argv = binding.argv;
process.argv0 = binding.argv0;
process.execArgv = binding.execArgv;
process.execPath = binding.execPath;
process.pid = binding.pid;
process.ppid = binding.ppid;
// Node's key order; the last five are getters in Node too.
process.features = {
  inspector: false, debug: false, uv: true, ipv6: true,
  tls_alpn: false, tls_sni: false, tls_ocsp: false, tls: false,
  openssl_is_boringssl: false,
  get cached_builtins() { return true; },
  get require_module() { return false; },
  get dtls() { return false; },
  get quic() { return false; },
  get typescript() { return false; },
};
process.config = {
  target_defaults: { default_configuration: 'Release' },
  variables: {
    host_arch: binding.arch, target_arch: binding.arch, node_shared: false,
    node_use_openssl: false, v8_enable_i18n_support: 0, icu_small: false,
  },
};
process._exiting = false;

// Runtime flags the CLI passed (process.execArgv) that change process behaviour.
{
  const argv = process.execArgv;
  if (argv.includes('--no-deprecation')) process.noDeprecation = true;
  if (argv.includes('--throw-deprecation')) process.throwDeprecation = true;
  if (argv.includes('--trace-deprecation')) process.traceDeprecation = true;
  if (argv.includes('--trace-warnings')) process.traceProcessWarnings = true;
}

// process.env: strings only (values are coerced on set, as Node's interceptor does), deletes
// and sets reach the real environment so child processes inherit them.
const envTarget = binding.env;
process.env = new Proxy(envTarget, {
  set(target, key, value) {
    if (typeof key === 'symbol') return Reflect.set(target, key, value);
    if (typeof value === 'symbol') throw new TypeError('Cannot convert a Symbol value to a string');
    const str = `${value}`;
    target[key] = str;
    binding.setenv(key, str);
    return true;
  },
  deleteProperty(target, key) {
    if (typeof key !== 'symbol') binding.unsetenv(key);
    delete target[key];
    return true;
  },
  defineProperty(target, key, desc) {
    if ('get' in desc || 'set' in desc) {
      throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(
        "'process.env'", 'does not accept an accessor(getter/setter) descriptor');
    }
    if (!desc.configurable || !desc.writable || !desc.enumerable) {
      throw new codes.ERR_INVALID_OBJECT_DEFINE_PROPERTY(
        "'process.env'", 'only accepts a configurable, writable, and enumerable data descriptor');
    }
    if (typeof key === 'symbol') return Reflect.defineProperty(target, key, desc);
    if (typeof desc.value === 'symbol') {
      throw new TypeError('Cannot convert a Symbol value to a string');
    }
    const str = `${desc.value}`;
    binding.setenv(key, str);
    return Reflect.defineProperty(target, key, {
      value: str, writable: true, enumerable: true, configurable: true,
    });
  },
});

// Node's validateInteger for exit codes, accepting integer strings.
function validateExitCode(code) {
  if (code === null || code === undefined) return code;
  let value = code;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) value = +code;
  if (typeof value !== 'number') throw new codes.ERR_INVALID_ARG_TYPE('code', 'number', code);
  if (!Number.isInteger(value)) throw new codes.ERR_OUT_OF_RANGE('code', 'an integer', value);
  return value;
}

let exitCode;
Object.defineProperty(process, 'exitCode', {
  enumerable: true,
  configurable: false,
  get() { return exitCode; },
  set(code) {
    // null reads back as undefined, as in Node.
    exitCode = validateExitCode(code) ?? undefined;
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
  validateString(directory, 'directory');
  binding.chdir(directory);
};

// Node's parseFileMode: an integer or an octal string, then a uint32.
process.umask = function umask(mask) {
  if (mask === undefined) return binding.umask();
  if (typeof mask === 'string') {
    if (!/^[0-7]+$/.test(mask)) {
      throw new codes.ERR_INVALID_ARG_VALUE('mask', mask,
        'must be a 32-bit unsigned integer or an octal string');
    }
    mask = parseInt(mask, 8);
  }
  validateUint32(mask, 'mask');
  return binding.umask(mask);
};
process.uptime = function uptime() { return binding.uptime(); };

process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) throw new codes.ERR_INVALID_ARG_TYPE('pid', 'number', pid);
  let err;
  if (sig === (sig | 0)) {
    err = binding.kill(pid | 0, sig);
  } else {
    sig = sig || 'SIGTERM';
    if (signals[sig] === undefined) throw new codes.ERR_UNKNOWN_SIGNAL(sig);
    err = binding.kill(pid | 0, signals[sig]);
  }
  if (err) binding.errnoException(err, 'kill');
  return true;
};

process.getuid = function getuid() { return binding.getuid(); };
process.geteuid = function geteuid() { return binding.geteuid(); };
process.getgid = function getgid() { return binding.getgid(); };
process.getegid = function getegid() { return binding.getegid(); };
process.getgroups = function getgroups() { return binding.getgroups(); };

// set*id/setgroups/initgroups: numeric ids or user/group names (ERR_UNKNOWN_CREDENTIAL when
// the name is unknown), system failures as Node's ErrnoException (`EPERM, Operation not
// permitted`).
function validateId(id, name) {
  if (typeof id === 'number') {
    validateUint32(id, name);
  } else if (typeof id !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  }
}
function resolveId(id, isUser) {
  if (typeof id === 'number') return id;
  const n = isUser ? binding.uidByName(id) : binding.gidByName(id);
  if (n < 0) throw new codes.ERR_UNKNOWN_CREDENTIAL(isUser ? 'User' : 'Group', id);
  return n;
}
for (const [method, isUser] of [['setuid', true], ['seteuid', true], ['setgid', false],
  ['setegid', false]]) {
  // Anonymous, as in Node.
  const fns = [function(id) {
    validateId(id, 'id');
    const err = binding.setId(method, resolveId(id, isUser));
    if (err) binding.credentialError(err, method);
  }];
  process[method] = fns[0];
}
process.setgroups = function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  const ids = groups.map((g) => resolveId(g, false));
  const err = binding.setgroups(ids);
  if (err) binding.credentialError(err, 'setgroups');
};
process.initgroups = function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  const gid = resolveId(extraGroup, false);
  const err = binding.initgroups(user, gid);
  if (err) binding.credentialError(err, 'initgroups');
};

function hrtime(time) {
  const ns = binding.hrtimeNs();
  const sec = Math.floor(ns / 1e9);
  const nsec = ns - sec * 1e9;
  if (time !== undefined) {
    validateArray(time, 'time');
    if (time.length !== 2) throw new codes.ERR_OUT_OF_RANGE('time', 2, time.length);
    let s = sec - time[0];
    let n = nsec - time[1];
    if (n < 0) { s -= 1; n += 1e9; }
    return [s, n];
  }
  return [sec, nsec];
}
hrtime.bigint = function hrtimeBigInt() { return binding.hrtimeBigInt(); };
process.hrtime = hrtime;

process.memoryUsage = function memoryUsage() { return binding.memoryUsage(); };
process.memoryUsage.rss = function rss() { return binding.memoryUsage().rss; };

function previousValueIsValid(num) {
  return typeof num === 'number' && num <= Number.MAX_SAFE_INTEGER && num >= 0;
}
process.cpuUsage = function cpuUsage(prevValue) {
  const usage = binding.cpuUsage();
  if (prevValue) {
    for (const field of ['user', 'system']) {
      if (!previousValueIsValid(prevValue[field])) {
        validateObject(prevValue, 'prevValue');
        validateNumber(prevValue[field], `prevValue.${field}`);
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${field}`, prevValue[field]);
      }
    }
    return { user: usage.user - prevValue.user, system: usage.system - prevValue.system };
  }
  return usage;
};
process.threadCpuUsage = function threadCpuUsage(prevValue) {
  const usage = binding.threadCpuUsage();
  if (prevValue) {
    for (const field of ['user', 'system']) {
      if (!previousValueIsValid(prevValue[field])) {
        validateObject(prevValue, 'prevValue');
        validateNumber(prevValue[field], `prevValue.${field}`);
        throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${field}`, prevValue[field]);
      }
    }
    return { user: usage.user - prevValue.user, system: usage.system - prevValue.system };
  }
  return usage;
};
process.resourceUsage = function resourceUsage() { return binding.resourceUsage(); };
process.constrainedMemory = function constrainedMemory() { return binding.constrainedMemory(); };
process.availableMemory = function availableMemory() { return binding.availableMemory(); };

// process.getActiveResourcesInfo(): requests, handles, then refed timers and immediates, as
// Node orders them. Native I/O lists its names in the binding; JS-side handle tables can add a
// function returning names with addActiveResourceSource.
const activeResourceSources = [];
function addActiveResourceSource(fn) {
  activeResourceSources.push(fn);
}
process.getActiveResourcesInfo = function getActiveResourcesInfo() {
  const out = [...binding.activeRequestsInfo(), ...binding.activeHandlesInfo()];
  for (const source of activeResourceSources) out.push(...source());
  for (const t of binding.activeTimers()) if (t.hasRef()) out.push('Timeout');
  for (const i of binding.activeImmediates()) if (i.hasRef()) out.push('Immediate');
  return out;
};

// Node's NodeEnvironmentFlagsSet: a read-only Set of the flags NODE_OPTIONS accepts; `has`
// takes underscores for dashes and ignores `=value`.
class NodeEnvironmentFlagsSet extends Set {
  add() { return this; }
  delete() { return false; }
  clear() {}
  has(key) {
    if (typeof key !== 'string') return false;
    key = key.replace(/_/g, '-');
    if (/^--?/.test(key)) {
      key = key.replace(/=.*$/, '');
      return super.has(key);
    }
    return super.has(`--${key}`) || super.has(`-${key}`);
  }
}
let allowedFlags;
Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
  enumerable: true,
  configurable: true,
  get() {
    if (allowedFlags === undefined) {
      allowedFlags = new NodeEnvironmentFlagsSet();
      for (const f of require('internal/process/allowed_flags')) Set.prototype.add.call(allowedFlags, f);
      Object.freeze(allowedFlags);
    }
    return allowedFlags;
  },
  set(value) {
    Object.defineProperty(this, 'allowedNodeEnvironmentFlags', {
      value, configurable: true, enumerable: true, writable: true,
    });
  },
});

// process.ref/unref(obj): the object's Symbol.for('nodejs.ref'/'nodejs.unref') method, else
// its ref()/unref().
process.ref = function ref(maybeRefable) {
  if (maybeRefable == null) return;
  const fn = maybeRefable[Symbol.for('nodejs.ref')] || maybeRefable.ref;
  if (typeof fn === 'function') Reflect.apply(fn, maybeRefable, []);
};
process.unref = function unref(maybeRefable) {
  if (maybeRefable == null) return;
  const fn = maybeRefable[Symbol.for('nodejs.unref')] || maybeRefable.unref;
  if (typeof fn === 'function') Reflect.apply(fn, maybeRefable, []);
};

// Variables from a .env file; ones already in the environment win.
process.loadEnvFile = function loadEnvFile(path = undefined) {
  const fs = require('fs');
  if (path !== undefined && typeof path !== 'string' && !(path instanceof Uint8Array) &&
      !(path !== null && typeof path === 'object' && typeof path.href === 'string')) {
    throw new codes.ERR_INVALID_ARG_TYPE('path', ['string', 'Buffer', 'URL'], path);
  }
  const content = fs.readFileSync(path === undefined ? '.env' : path, 'utf8');
  const parsed = require('internal/process/dotenv').parseEnv(content);
  for (const key of Object.keys(parsed)) {
    if (!Object.prototype.hasOwnProperty.call(process.env, key)) process.env[key] = parsed[key];
  }
};

let execveWarned = false;
process.execve = function execve(execPath, args = [], env = process.env) {
  if (!execveWarned) {
    execveWarned = true;
    emitWarning('process.execve is an experimental feature and might change at any time',
      'ExperimentalWarning');
  }
  validateString(execPath, 'execPath');
  validateArray(args, 'args');
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string' || args[i].includes('\u0000')) {
      throw new codes.ERR_INVALID_ARG_VALUE(`args[${i}]`, args[i], 'must be a string without null bytes');
    }
  }
  const pairs = [];
  if (env !== undefined) {
    validateObject(env, 'env');
    for (const key of Object.keys(env)) {
      const value = env[key];
      if (typeof value !== 'string' || key.includes('\u0000') || value.includes('\u0000')) {
        throw new codes.ERR_INVALID_ARG_VALUE('env', env,
          'must be an object with string keys and values without null bytes');
      }
      pairs.push(`${key}=${value}`);
    }
  }
  binding.execve(execPath, args, pairs);
};

process.getBuiltinModule = function getBuiltinModule(id) {
  validateString(id, 'id');
  const modules = internalBinding('modules');
  if (!modules.isBuiltin(id)) return undefined;
  const name = id.startsWith('node:') ? id.slice(5) : id;
  return modules.requireBuiltin(name);
};

// The callback that replaces 'uncaughtException' handling (used by domain-like modules);
// internal/process/execution reads it.
let captureFn = null;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) {
    captureFn = null;
    return;
  }
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
  if (captureFn !== null) throw new codes.ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET();
  captureFn = fn;
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return captureFn !== null;
};
function getCaptureCallback() { return captureFn; }

let sourceMapsEnabled = false;
Object.defineProperty(process, 'sourceMapsEnabled', {
  enumerable: true, configurable: true, get() { return sourceMapsEnabled; },
});
// Accepted and remembered; weft does not rewrite stack traces through source maps.
process.setSourceMapsEnabled = function setSourceMapsEnabled(enabled) {
  const { validateBoolean } = require('internal/validators');
  validateBoolean(enabled, 'enabled');
  sourceMapsEnabled = enabled;
};

process._rawDebug = function _rawDebug(...args) {
  const { format } = require('internal/util/inspect');
  internalBinding('stdio').writeSync(2, format(...args) + '\n');
};

// Signal events start and stop native signal watchers.
{
  const { startListeningIfSignal, stopListeningIfSignal } = require('internal/process/signal');
  process.on('newListener', startListeningIfSignal);
  process.on('removeListener', stopListeningIfSignal);
}

process.emitWarning = emitWarning;
if (!process.execArgv.includes('--no-warnings')) process.on('warning', onWarning);

// process.stdout/stderr/stdin: real streams created on first access (internal/process/stdio).
for (const [name, getter] of [['stdout', 'getStdout'], ['stderr', 'getStderr'],
                              ['stdin', 'getStdin']]) {
  Object.defineProperty(process, name, {
    configurable: true, enumerable: false,
    get() { return require('internal/process/stdio')[getter](); },
  });
}

process.binding = function binding(name) {
  throw new Error(`No such module: ${name}`);
};

module.exports = { process, emitExit, addActiveResourceSource, getCaptureCallback };
