// The public `node:util` module (mirrors Node's lib/util.js): format, inspect,
// inherits, deprecate, promisify / callbackify, isDeepStrictEqual, types,
// debuglog, and the globals' TextEncoder / TextDecoder.
'use strict';

const { inspect, format, formatWithOptions } = require('internal/util/inspect');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { codes } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');

function stripVTControlCharacters(str) {
  validateString(str, 'str');
  // CSI / OSC sequences and lone escape codes.
  return str.replace(
    // eslint-disable-next-line no-control-regex
    /[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d/#&.:=?%@~_]*)*)?(?:\u0007|\u001B\u005C|\u009C))|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g,
    '');
}

const stdio = internalBinding('stdio');

function writeStderr(text) {
  stdio.writeSync(2, text);
}

function processObject() {
  return typeof process === 'object' && process !== null ? process : undefined;
}

function emitWarning(message, type, code) {
  const proc = processObject();
  if (proc && typeof proc.emitWarning === 'function') {
    if (code === undefined) proc.emitWarning(message, type);
    else proc.emitWarning(message, type, code);
    return;
  }
  const pid = proc && proc.pid !== undefined ? proc.pid : 0;
  const flag = type === 'DeprecationWarning' ? 'trace-deprecation' : 'trace-warnings';
  writeStderr(`(node:${pid}) ${code ? `[${code}] ` : ''}${type}: ${message}\n` +
    `(Use \`node --${flag} ...\` to show where the warning was created)\n`);
}

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('ctor', 'Function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor', 'Function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw new codes.ERR_INVALID_ARG_TYPE('superCtor.prototype', 'Object', superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', { value: superCtor, writable: true, configurable: true });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

// Deprecation warnings already printed, by code: one per code per process.
const codesWarned = new Set();

function deprecate(fn, msg, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    const proc = processObject();
    if (!warned && !(proc && proc.noDeprecation)) {
      warned = true;
      if (code !== undefined) {
        if (!codesWarned.has(code)) {
          codesWarned.add(code);
          emitWarning(msg, 'DeprecationWarning', code);
        }
      } else {
        emitWarning(msg, 'DeprecationWarning');
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

const kCustomPromisifiedSymbol = Symbol.for('nodejs.util.promisify.custom');
const kCustomPromisifyArgsSymbol = Symbol('customPromisifyArgs');

function copyOwnProperties(target, source) {
  const descriptors = Object.getOwnPropertyDescriptors(source);
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  return Object.defineProperties(target, descriptors);
}

function promisify(original) {
  validateFunction(original, 'original');
  if (original[kCustomPromisifiedSymbol]) {
    const fn = original[kCustomPromisifiedSymbol];
    validateFunction(fn, 'util.promisify.custom');
    return Object.defineProperty(fn, kCustomPromisifiedSymbol, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
  }
  const argumentNames = original[kCustomPromisifyArgsSymbol];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) return reject(err);
        if (argumentNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argumentNames.length; i++) obj[argumentNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      const result = Reflect.apply(original, this, args);
      if (types.isPromise(result)) {
        emitWarning('Calling promisify on a function that returns a Promise is likely a mistake.',
          'DeprecationWarning', 'DEP0174');
      }
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, kCustomPromisifiedSymbol, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  return copyOwnProperties(fn, original);
}
promisify.custom = kCustomPromisifiedSymbol;

function nextTick(fn, ...args) {
  const proc = processObject();
  if (proc && typeof proc.nextTick === 'function') proc.nextTick(fn, ...args);
  else queueMicrotask(() => fn(...args));
}

function callbackifyOnRejected(reason, cb) {
  // A falsy rejection still has to reach the callback as an error.
  if (!reason) reason = new codes.ERR_FALSY_VALUE_REJECTION(reason);
  return cb(reason);
}

function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const maybeCb = args.pop();
    validateFunction(maybeCb, 'last argument');
    const cb = maybeCb.bind(this);
    Reflect.apply(original, this, args).then(
      (ret) => nextTick(cb, null, ret),
      (rej) => nextTick(callbackifyOnRejected, rej, cb));
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (typeof descriptors.length.value === 'number') descriptors.length.value++;
  if (typeof descriptors.name.value === 'string') descriptors.name.value += 'Callbackified';
  for (const d of Object.values(descriptors)) Object.setPrototypeOf(d, null);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

// NODE_DEBUG=a,b*,c: the sections whose debuglog prints.
let debugEnvTest;
function debugEnabled(section) {
  if (debugEnvTest === undefined) {
    const proc = processObject();
    const env = proc && proc.env ? proc.env.NODE_DEBUG : undefined;
    if (env) {
      const pattern = env.replace(/[|\\{}()[\]^$+?.]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/,/g, '$|^');
      const re = new RegExp(`^${pattern}$`, 'i');
      debugEnvTest = (s) => re.test(s);
    } else {
      debugEnvTest = () => false;
    }
  }
  return debugEnvTest(section);
}

function debuglog(set, cb) {
  let enabled;
  let impl;
  function init() {
    set = set.toUpperCase();
    enabled = debugEnabled(set);
  }
  function getImpl() {
    if (impl === undefined) {
      init();
      if (enabled) {
        const proc = processObject();
        const pid = proc && proc.pid !== undefined ? proc.pid : 0;
        impl = function debug(...args) {
          writeStderr(`${set} ${pid}: ${formatWithOptions({}, ...args)}\n`);
        };
      } else {
        impl = function debug() {};
      }
      if (typeof cb === 'function') cb(impl);
    }
    return impl;
  }
  const logger = (...args) => getImpl()(...args);
  Object.defineProperty(logger, 'enabled', {
    get() {
      if (enabled === undefined) init();
      return enabled;
    },
    configurable: true,
    enumerable: true,
  });
  return logger;
}

function toUSVString(input) {
  return `${input}`.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd');
}

module.exports = {
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: Array.isArray,
  isDeepStrictEqual,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  types,
};

if (typeof globalThis.TextEncoder === 'function') module.exports.TextEncoder = globalThis.TextEncoder;
if (typeof globalThis.TextDecoder === 'function') module.exports.TextDecoder = globalThis.TextDecoder;
