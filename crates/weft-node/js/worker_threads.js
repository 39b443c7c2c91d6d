// node:worker_threads (Node's lib/worker_threads.js and lib/internal/worker.js): Worker (a
// thread with its own engine, realm and event loop, started natively), parentPort/workerData/
// threadId inside a worker, MessageChannel/MessagePort, receiveMessageOnPort, environment data
// and the untransferable marks. A Worker is a WORKER async resource: 'online', 'error' and
// 'exit' run in it; its messages arrive through its MESSAGEPORT.
'use strict';

const EventEmitter = require('events');
const path = require('path');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_WORKER_PATH },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const {
  BroadcastChannel, MessagePort, MessageChannel, receiveMessageOnPort, createPort,
  kState, kAsyncId, kId,
} = require('internal/worker/io');
const {
  serialize, deserialize, uncloneable, untransferable,
} = require('internal/worker/serialize');

const binding = internalBinding('worker');
const info = binding.info();

const isMainThread = info === undefined;
const threadId = isMainThread ? 0 : info.threadId;
const threadName = isMainThread ? '' : info.name;
const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');

// Environment data: copied into each worker when it starts.
const environmentData = new Map();
if (!isMainThread && info.envData !== '') {
  for (const [k, v] of deserialize(info.envData)) environmentData.set(k, v);
}

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

function markAsUntransferable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  untransferable.add(obj);
}
function isMarkedAsUntransferable(obj) {
  if (obj == null) return false;
  return untransferable.has(obj);
}
function markAsUncloneable(obj) {
  if ((typeof obj !== 'object' && typeof obj !== 'function') || obj === null) return;
  uncloneable.add(obj);
}
function moveMessagePortToContext(port) {
  return port;
}

const kHandle = Symbol('kHandle');
const kPort = Symbol('kPort');
const kExitCode = Symbol('kExitCode');
const kOnExit = Symbol('kOnExit');
const kStdout = Symbol('kStdout');
const kStderr = Symbol('kStderr');

function stdioStream(worker, key) {
  if (worker[key] === undefined) {
    const { Readable } = require('stream');
    worker[key] = new Readable({ read() {} });
    if (worker[kExitCode] !== undefined) worker[key].push(null);
  }
  return worker[key];
}

let lazyUrl;
function urlModule() {
  lazyUrl ??= require('internal/url');
  return lazyUrl;
}

// Node's filename rules: a URL (file: only), an absolute path, or './'/'../'-relative.
function resolveFilename(filename) {
  const url = urlModule();
  if (url.isURL(filename)) {
    if (filename.protocol === 'data:') return { code: null, file: null, data: filename.href };
    return { file: url.fileURLToPath(filename) };
  }
  if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
  }
  if (filename.startsWith('file://')) return { file: url.fileURLToPath(filename) };
  if (!path.isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
    throw new ERR_WORKER_PATH(filename);
  }
  return { file: path.resolve(filename) };
}

class Worker extends EventEmitter {
  constructor(filename, options = {}) {
    super();
    // Node reads the options it knows from whatever it is given.
    if (options === null || typeof options !== 'object') options = {};
    let target;
    if (options.eval) {
      if (typeof filename !== 'string') {
        throw new ERR_INVALID_ARG_TYPE('filename', ['string', 'URL'], filename);
      }
      target = { code: filename, file: null };
    } else {
      target = resolveFilename(filename);
    }
    if (options.name !== undefined) validateString(options.name, 'options.name');
    const argv = Array.isArray(options.argv) ? options.argv.map((a) => `${a}`) : [];
    const data = serialize(options.workerData);
    const envData = environmentData.size === 0 ? '' : serialize([...environmentData]);
    // The worker's process.env: a copy of the `env` option, else of this thread's process.env
    // (SHARE_ENV is treated as a copy too).
    let envSource = options.env;
    if (envSource === undefined || envSource === null || envSource === SHARE_ENV) {
      envSource = process.env;
    }
    const env = [];
    for (const key of Object.keys(envSource)) env.push([key, `${envSource[key]}`]);
    const [tid, , portId] = binding.spawn(this, {
      env,
      file: target.file ?? undefined,
      code: target.code ?? undefined,
      data,
      envData,
      name: options.name ?? '',
      argv,
    });
    this[kHandle] = tid;
    this[kExitCode] = undefined;
    this[kOnExit] = [];
    const port = createPort(portId);
    this[kPort] = port;
    port.on('message', (value) => this.emit('message', value));
    port.on('messageerror', (err) => this.emit('messageerror', err));
    port.unref();
    binding.workerPort(tid, port[kAsyncId]);
    Object.defineProperty(this, 'threadId', {
      __proto__: null, value: tid, writable: false, enumerable: true, configurable: true,
    });
    Object.defineProperty(this, 'threadName', {
      __proto__: null, value: options.name ?? 'WorkerThread', writable: false, enumerable: false,
      configurable: true,
    });
    this.performance = { eventLoopUtilization() { return { idle: 0, active: 0, utilization: 0 }; } };
  }

  postMessage(...args) {
    if (this[kExitCode] !== undefined) return;
    this[kPort].postMessage(...args);
  }

  terminate(callback) {
    if (this[kExitCode] !== undefined) {
      if (typeof callback === 'function') process.nextTick(callback, null, undefined);
      return Promise.resolve();
    }
    binding.terminate(this[kHandle]);
    return new Promise((resolve) => {
      this[kOnExit].push((code) => {
        if (typeof callback === 'function') callback(null, code);
        resolve(code);
      });
    });
  }

  ref() {
    if (this[kExitCode] === undefined) binding.workerRef(this[kHandle], true);
  }

  unref() {
    if (this[kExitCode] === undefined) binding.workerRef(this[kHandle], false);
  }

  // The worker writes straight to the process's stdout/stderr (options.stdout/stderr are not
  // supported), so these streams stay empty and end when the worker exits.
  get stdin() {
    return null;
  }

  get stdout() {
    return stdioStream(this, kStdout);
  }

  get stderr() {
    return stdioStream(this, kStderr);
  }

  get resourceLimits() {
    if (this[kExitCode] !== undefined) return {};
    return {
      maxYoungGenerationSizeMb: -1, maxOldGenerationSizeMb: -1, codeRangeSizeMb: -1, stackSizeMb: 4,
    };
  }

  getHeapSnapshot() {
    return Promise.reject(new Error('getHeapSnapshot is not supported by weft'));
  }

  // ---- called natively, inside the WORKER resource ----

  _ononline() {
    this.emit('online');
  }

  _onerror(text) {
    let err;
    try {
      err = deserialize(text);
    } catch {
      err = new Error(text);
    }
    this.emit('error', err);
  }

  // The worker ended: messages it sent before are delivered, then the port closes.
  _onportclose() {
    const port = this[kPort];
    while (drainOne(port)) { /* keep going */ }
    const st = port[kState];
    if (!st.closed && !st.detached) {
      st.closed = true;
      st.refed = false;
      binding.detach(port[kId], port[kAsyncId], true);
    }
  }

  _onexit(code) {
    this[kExitCode] = code;
    this[kStdout]?.push(null);
    this[kStderr]?.push(null);
    this.emit('exit', code);
    for (const f of this[kOnExit]) f(code);
    this[kOnExit] = [];
  }
}

function drainOne(port) {
  const msg = receiveMessageOnPort(port);
  if (msg === undefined) return false;
  port.emit('message', msg.message);
  return true;
}

let parentPort = null;
let workerData = null;
if (!isMainThread) {
  parentPort = createPort(info.port, true);
  workerData = deserialize(info.data);
}

module.exports = {
  BroadcastChannel,
  MessageChannel,
  MessagePort,
  SHARE_ENV,
  Worker,
  getEnvironmentData,
  isInternalThread: false,
  isMainThread,
  isMarkedAsUntransferable,
  markAsUncloneable,
  markAsUntransferable,
  moveMessagePortToContext,
  parentPort,
  receiveMessageOnPort,
  resourceLimits: isMainThread ? {} : {
    maxYoungGenerationSizeMb: -1, maxOldGenerationSizeMb: -1, codeRangeSizeMb: -1, stackSizeMb: 4,
  },
  setEnvironmentData,
  threadId,
  threadName,
  workerData,
};
