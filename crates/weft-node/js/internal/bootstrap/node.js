// Sets up the global scope the way Node's bootstrap does (lib/internal/bootstrap/node.js):
// process, console, timers, queueMicrotask, global, and the hooks the runtime calls from Rust.
'use strict';

const { process, emitExit } = require('internal/process/object');
const { queueMicrotask } = require('internal/process/task_queues');
const timers = require('timers');

// V8 lets any value be assigned to `err.stack` (it is an own data property there); QuickJS's
// accessor only takes strings. Keep the engine's accessor for strings, store anything else as an
// own data property, as V8 would. QuickJS's stack text is only the frames: V8's starts with the
// `Name: message` line (as Error.prototype.toString gives it), so the getter puts it in front.
{
  const desc = Object.getOwnPropertyDescriptor(Error.prototype, 'stack');
  if (desc && typeof desc.set === 'function' && typeof desc.get === 'function') {
    const engineSet = desc.set;
    const engineGet = desc.get;
    const framesOnly = /^\s+at /;
    const errorToString = Error.prototype.toString;
    const { kIsNodeError } = require('internal/errors');
    Object.defineProperty(Error.prototype, 'stack', {
      __proto__: null,
      configurable: true,
      enumerable: desc.enumerable,
      get() {
        const frames = Reflect.apply(engineGet, this, []);
        if (typeof frames !== 'string' || this === Error.prototype) return frames;
        if (frames !== '' && !framesOnly.test(frames)) return frames;
        let header;
        try {
          // Node's own errors read `Name [CODE]: message`, as Node prints them.
          header = this[kIsNodeError] && this.code !== undefined ?
            `${this.name} [${this.code}]: ${this.message}` :
            Reflect.apply(errorToString, this, []);
        } catch {
          return frames;
        }
        return frames === '' ? header : `${header}\n${frames.replace(/\n+$/, '')}`;
      },
      set(value) {
        if (typeof value === 'string' && this !== Error.prototype) {
          Reflect.apply(engineSet, this, [value]);
        } else {
          Object.defineProperty(this, 'stack', {
            __proto__: null, value, writable: true, configurable: true, enumerable: false,
          });
        }
      },
    });
  }
}

// CallSite methods QuickJS-ng lacks (isEval, getThis, toString, ...), for Error.prepareStackTrace users.
require('internal/callsite');

function defineGlobal(name, value, enumerable = false) {
  Object.defineProperty(globalThis, name, {
    __proto__: null, value, writable: true, configurable: true, enumerable,
  });
}

defineGlobal('global', globalThis);
defineGlobal('process', process);
defineGlobal('setTimeout', timers.setTimeout, true);
defineGlobal('clearTimeout', timers.clearTimeout, true);
defineGlobal('setInterval', timers.setInterval, true);
defineGlobal('clearInterval', timers.clearInterval, true);
defineGlobal('setImmediate', timers.setImmediate, true);
defineGlobal('clearImmediate', timers.clearImmediate, true);
defineGlobal('queueMicrotask', queueMicrotask, true);
defineGlobal('AsyncContext', require('internal/async_context_global'));

// Globals that live in a module, loaded on first access as Node's lazy globals are. Each entry
// is [global name, module id, export name, enumerable]; an entry whose module is not built in
// is skipped.
const lazyGlobals = [
  ['Buffer', 'buffer', 'Buffer', false],
  ['atob', 'buffer', 'atob', true],
  ['btoa', 'buffer', 'btoa', true],
  ['Blob', 'buffer', 'Blob', false],
  ['TextEncoder', 'internal/encoding', 'TextEncoder', false],
  ['TextDecoder', 'internal/encoding', 'TextDecoder', false],
  ['structuredClone', 'internal/structured_clone', 'structuredClone', true],
  ['EventTarget', 'internal/event_target', 'EventTarget', false],
  ['Event', 'internal/event_target', 'Event', false],
  ['CustomEvent', 'internal/event_target', 'CustomEvent', false],
  ['AbortController', 'internal/abort_controller', 'AbortController', false],
  ['AbortSignal', 'internal/abort_controller', 'AbortSignal', false],
  ['URL', 'internal/url', 'URL', false],
  ['URLSearchParams', 'internal/url', 'URLSearchParams', false],
  ['performance', 'perf_hooks', 'performance', true],
  ['PerformanceMark', 'perf_hooks', 'PerformanceMark', false],
  ['PerformanceMeasure', 'perf_hooks', 'PerformanceMeasure', false],
  ['MessageChannel', 'worker_threads', 'MessageChannel', false],
  ['MessagePort', 'worker_threads', 'MessagePort', false],
  ['BroadcastChannel', 'worker_threads', 'BroadcastChannel', false],
  ['crypto', 'internal/crypto/webcrypto', 'crypto', false],
];
const { hasBuiltinSource } = internalBinding('modules');
for (const [name, id, key, enumerable] of lazyGlobals) {
  if (!hasBuiltinSource(id)) continue;
  let value;
  let loaded = false;
  Object.defineProperty(globalThis, name, {
    __proto__: null,
    configurable: true,
    enumerable,
    get() {
      if (!loaded) { value = require(id)[key]; loaded = true; }
      return value;
    },
    set(v) { value = v; loaded = true; },
  });
}

let console;
Object.defineProperty(globalThis, 'console', {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return console ??= require('console'); },
  set(value) { console = value; },
});

const execution = require('internal/process/execution');
const { timerDone } = require('internal/timers');

// The functions the Rust side calls (registered once, used on the hot and fatal paths).
internalBinding('runtime_hooks').register({
  onUncaughtException: execution.onUncaughtException,
  onUnhandledRejection: execution.onUnhandledRejection,
  emitExit,
  emitBeforeExit(code) { process.emit('beforeExit', code); },
  timerDone,
  exitCode() {
    const c = process.exitCode;
    return c === undefined || c === null ? 0 : c | 0;
  },
});

if (internalBinding('process_methods').exposeGc) {
  defineGlobal('gc', internalBinding('process_methods').gc);
}

// A child started by child_process.fork(): open the IPC channel to the parent (process.send).
if (process.env.NODE_CHANNEL_FD) {
  require('internal/child_process/ipc').setupChildProcessIpcChannel();
}
