// The public `node:util` module (mirrors Node 26's lib/util.js): format, inspect,
// inherits, deprecate, promisify / callbackify, isDeepStrictEqual, types, debuglog,
// parseArgs, parseEnv, styleText, diff, aborted, getSystemErrorName/Map/Message,
// getCallSites, the deprecated isArray/_extend, and TextEncoder / TextDecoder.
'use strict';

const { inspect, format, formatWithOptions } = require('internal/util/inspect');
const types = require('internal/util/types');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { codes } = require('internal/errors');
const {
  validateBoolean, validateFunction, validateInteger, validateNumber, validateObject, validateOneOf,
  validateString,
} = require('internal/validators');

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

function deprecate(fn, msg, code, { modifyPrototype = true } = {}) {
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
  if (modifyPrototype) {
    // The wrapper keeps fn's prototype chain, `prototype` and `length`.
    Object.setPrototypeOf(deprecated, fn);
    if (fn.prototype) deprecated.prototype = fn.prototype;
    Object.defineProperty(deprecated, 'length', {
      ...Object.getOwnPropertyDescriptor(fn, 'length'),
    });
  }
  return deprecated;
}

const {
  customPromisify: kCustomPromisifiedSymbol,
  customPromisifyArgs: kCustomPromisifyArgsSymbol,
} = require('internal/util/custom_promisify');

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
          // Coloured like Node when stderr is a colour terminal; through process.stderr
          // so the lines keep their place among other stderr writes.
          const stderr = proc && proc.stderr;
          const colors = shouldColorize(stderr);
          const line = `${set} ${pid}: ${formatWithOptions({ colors }, ...args)}\n`;
          if (stderr && typeof stderr.write === 'function') stderr.write(line);
          else writeStderr(line);
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

// ---------------------------------------------------------------------------
// styleText

let colorEnvWarned = false;
function forceColorDepth(env) {
  const force = env.FORCE_COLOR;
  if (force === undefined) return undefined;
  if (!colorEnvWarned && (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined)) {
    colorEnvWarned = true;
    const ignored = env.NODE_DISABLE_COLORS !== undefined ? 'NODE_DISABLE_COLORS' : 'NO_COLOR';
    emitWarning(`The '${ignored}' env is ignored due to the 'FORCE_COLOR' env being set.`, 'Warning');
  }
  if (force === '' || force === '1' || force === 'true') return 4;
  if (force === '2') return 8;
  if (force === '3') return 24;
  return 1;
}

// Whether text written to `stream` gets colours: FORCE_COLOR decides when set, else the
// stream must be a TTY with more than two colours (NO_COLOR and TERM=dumb turn them off).
function shouldColorize(stream) {
  const proc = processObject();
  const env = proc && proc.env ? proc.env : {};
  const forced = forceColorDepth(env);
  if (forced !== undefined) return forced > 2;
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.getColorDepth === 'function') return stream.getColorDepth() > 2;
  return env.NO_COLOR === undefined && env.NODE_DISABLE_COLORS === undefined && env.TERM !== 'dumb';
}

function isStreamLike(stream) {
  return stream !== null && typeof stream === 'object' &&
    (typeof stream.pipe === 'function' || typeof stream.write === 'function' ||
     typeof stream.getReader === 'function' || typeof stream.getWriter === 'function' ||
     typeof stream.on === 'function');
}

function styleText(format, text, { validateStream = true, stream = processObject()?.stdout } = {}) {
  validateString(text, 'text');
  validateBoolean(validateStream, 'options.validateStream');
  let skipColorize = false;
  if (validateStream) {
    if (!isStreamLike(stream)) {
      throw new codes.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream);
    }
    skipColorize = !shouldColorize(stream);
  }
  const formats = Array.isArray(format) ? format : [format];
  let left = '';
  let right = '';
  for (const key of formats) {
    if (key === 'none') continue;
    const codesOf = typeof key === 'string' ? inspect.colors[key] : undefined;
    if (codesOf == null) validateOneOf(key, 'format', Object.getOwnPropertyNames(inspect.colors));
    if (skipColorize) continue;
    const open = `\u001b[${codesOf[0]}m`;
    const close = `\u001b[${codesOf[1]}m`;
    // Styled text inside: where it closes this style before the end, the style starts
    // again (bold and dim share their closing code, so that one must stay).
    const reopen = codesOf[1] === 22 ? close + open : open;
    let at = text.indexOf(close);
    while (at !== -1 && at + close.length < text.length) {
      text = text.slice(0, at) + reopen + text.slice(at + close.length);
      at = text.indexOf(close, at + reopen.length);
    }
    left += open;
    right = close + right;
  }
  return skipColorize ? text : `${left}${text}${right}`;
}

// ---------------------------------------------------------------------------
// System errors

let uvBinding;
function uv() {
  uvBinding ??= internalBinding('uv');
  return uvBinding;
}

let errorMap;
function getSystemErrorMap() {
  if (errorMap === undefined) {
    const entries = [...uv().getErrorMap()];
    entries.sort((a, b) => (a[1][0] < b[1][0] ? -1 : a[1][0] > b[1][0] ? 1 : 0));
    errorMap = entries;
  }
  return new Map(errorMap);
}

function validateErrno(err) {
  validateNumber(err, 'err');
  if (err >= 0 || !Number.isSafeInteger(err)) {
    throw new codes.ERR_OUT_OF_RANGE('err', 'a negative integer', err);
  }
}

function systemError(err) {
  if (errorMap === undefined) getSystemErrorMap();
  const entry = errorMap.find((e) => e[0] === err);
  return entry === undefined ? undefined : entry[1];
}

function getSystemErrorName(err) {
  validateErrno(err);
  const entry = systemError(err);
  return entry ? entry[0] : `Unknown system error ${err}`;
}

function getSystemErrorMessage(err) {
  validateErrno(err);
  const entry = systemError(err);
  return entry ? entry[1] : `Unknown system error ${err}`;
}

// ---------------------------------------------------------------------------
// diff, parseEnv, aborted, getCallSites and small helpers

function diff(actual, expected) {
  for (const [name, value] of [['actual', actual], ['expected', expected]]) {
    if (typeof value === 'string') continue;
    if (!Array.isArray(value)) validateString(value, name);
    for (let i = 0; i < value.length; i++) validateString(value[i], `${name}[${i}]`);
  }
  if (actual.length === 0 && expected.length === 0) return [];
  const a = typeof actual === 'string' ? actual.split('') : actual;
  const b = typeof expected === 'string' ? expected.split('') : expected;
  return require('internal/assert/myers_diff').myersDiff(a, b);
}

// A .env file's content: `KEY=value` lines, `export ` prefixes, `#` comments, values in
// single, double (with \n escapes) or back quotes, possibly over several lines.
function parseEnv(content) {
  validateString(content, 'content');
  const result = { __proto__: null };
  const text = content.replace(/\r\n?/g, '\n');
  let pos = 0;
  while (pos < text.length) {
    let lineEnd = text.indexOf('\n', pos);
    if (lineEnd === -1) lineEnd = text.length;
    const next = lineEnd + 1;
    const line = text.slice(pos, lineEnd);
    const trimmed = line.trim();
    const eq = line.indexOf('=');
    if (trimmed === '' || trimmed[0] === '#' || eq === -1) {
      pos = next;
      continue;
    }
    let key = line.slice(0, eq).trim();
    if (key.startsWith('export ')) key = key.slice(7).trim();
    let start = pos + eq + 1;
    while (text[start] === ' ' || text[start] === '\t') start++;
    const quote = text[start];
    let value;
    pos = next;
    if (quote === '"' || quote === '\'' || quote === '`') {
      const close = text.indexOf(quote, start + 1);
      if (close !== -1) {
        value = text.slice(start + 1, close);
        if (quote === '"') value = value.replace(/\\n/g, '\n');
        // Whatever follows the closing quote on its line is ignored.
        const after = text.indexOf('\n', close);
        pos = after === -1 ? text.length : after + 1;
      } else {
        value = text.slice(start, lineEnd).trim();
      }
    } else {
      value = text.slice(start, lineEnd);
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      value = value.trim();
    }
    if (key !== '') result[key] = value;
  }
  return result;
}

async function aborted(signal, resource) {
  if (signal === undefined || signal === null || typeof signal !== 'object' ||
      !(signal instanceof AbortSignal)) {
    const err = new TypeError('signal is not of type AbortSignal.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    throw new codes.ERR_INVALID_ARG_TYPE('resource', 'Object', resource);
  }
  if (signal.aborted) return;
  await new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function getCallSites(frameCount = 10, options) {
  if (typeof frameCount === 'object' && frameCount !== null && options === undefined) {
    options = frameCount;
    frameCount = 10;
  }
  if (options !== undefined) validateObject(options, 'options');
  validateInteger(frameCount, 'frameCount', 1, 200);
  // Enough frames for the request (one more for this function).
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = frameCount + 1;
  let stack;
  try {
    stack = String(new Error().stack || '');
  } finally {
    Error.stackTraceLimit = limit;
  }
  const sites = [];
  for (const raw of stack.split('\n').slice(1)) {
    const line = raw.trim();
    if (!line.startsWith('at ')) continue;
    const m = /^at (?:(.*?) \()?(.+):(\d+):(\d+)\)?$/.exec(line);
    if (!m) continue;
    const name = m[1] === undefined || m[1] === '<anonymous>' ? '' : m[1];
    sites.push({
      __proto__: null,
      functionName: name,
      scriptId: '0',
      scriptName: m[2],
      lineNumber: Number(m[3]),
      columnNumber: Number(m[4]),
      column: Number(m[4]),
    });
    if (sites.length >= frameCount) break;
  }
  return sites;
}

function convertProcessSignalToExitCode(signalCode) {
  const { signals } = require('os').constants;
  validateOneOf(signalCode, 'signalCode', Object.keys(signals));
  return 128 + signals[signalCode];
}

function markPromiseAsHandled(promise) {
  if (!types.isPromise(promise)) throw new codes.ERR_INVALID_ARG_TYPE('promise', 'Promise', promise);
  Promise.prototype.then.call(promise, undefined, () => {});
}

function transferableAbortSignal(signal) {
  if (!(signal instanceof AbortSignal)) throw new codes.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

function setTraceSigInt(enable) {
  validateBoolean(enable, 'enable');
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

module.exports = {
  _extend: deprecate(_extend,
    'The `util._extend` API is deprecated. Please use Object.assign() instead.', 'DEP0060'),
  callbackify,
  convertProcessSignalToExitCode,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getCallSites,
  getSystemErrorMap,
  getSystemErrorName,
  getSystemErrorMessage,
  inherits,
  inspect,
  isArray: deprecate(Array.isArray,
    'The `util.isArray` API is deprecated. Please use `Array.isArray()` instead.', 'DEP0044'),
  isDeepStrictEqual,
  markPromiseAsHandled,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseEnv,
  parseArgs(...args) {
    return require('internal/util/parse_args').parseArgs(...args);
  },
  diff,
  setTraceSigInt,
};
// MIMEType / MIMEParams load on first use.
for (const name of ['MIMEType', 'MIMEParams']) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = require('internal/util/mime')[name];
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
      return value;
    },
    enumerable: true,
    configurable: true,
  });
}
// parseArgs keeps Node's function name.
Object.defineProperty(module.exports.parseArgs, 'name', { value: 'parseArgs' });

// TextEncoder / TextDecoder come from internal/encoding, read on first use.
for (const name of ['TextDecoder', 'TextEncoder']) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = require('internal/encoding')[name];
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
}
