// util.format / util.formatWithOptions (mirrors the printf-style half of Node's
// lib/internal/util/inspect.js): `%s %d %i %f %j %o %O %c %%`, remaining
// arguments appended with a space, non-strings through inspect.
'use strict';

const utilBinding = internalBinding('util');
const {
  inspect, formatNumber, formatBigInt, stylizeNoColor,
} = require('internal/util/inspect');
const { codes } = require('internal/errors');

// Constructors of the global built-ins: objects whose toString comes from one of
// these are inspected by `%s` instead of stringified.
let builtInObjects;
function getBuiltInObjects() {
  if (builtInObjects === undefined) {
    builtInObjects = new Set(Object.getOwnPropertyNames(globalThis)
      .filter((name) => /^[A-Z][a-zA-Z0-9]+$/.test(name)));
  }
  return builtInObjects;
}

function hasBuiltInToString(value) {
  const proxy = utilBinding.getProxyDetails(value);
  if (proxy !== undefined) {
    if (proxy === null || proxy[0] === null) return true;
    value = proxy[0];
  }
  const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
  // An own toString or Symbol.toPrimitive is the user's.
  if (hasOwn(value, 'toString') || hasOwn(value, Symbol.toPrimitive)) return false;
  if (typeof value.toString !== 'function' && typeof value[Symbol.toPrimitive] !== 'function') {
    return true;
  }
  // Otherwise the nearest prototype defining either decides, by its constructor.
  let pointer = value;
  do {
    pointer = Object.getPrototypeOf(pointer);
  } while (pointer !== null && !hasOwn(pointer, 'toString') && !hasOwn(pointer, Symbol.toPrimitive));
  if (pointer === null) return true;
  const descriptor = Object.getOwnPropertyDescriptor(pointer, 'constructor');
  return descriptor !== undefined && typeof descriptor.value === 'function' &&
    getBuiltInObjects().has(descriptor.value.name);
}

let circularErrorMessage;
function firstLine(err) {
  return String(err && err.message).split('\n')[0];
}

function tryStringify(arg) {
  try {
    return JSON.stringify(arg);
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circular) {
        circularErrorMessage = firstLine(circular);
      }
    }
    if (err && err.name === 'TypeError' && firstLine(err) === circularErrorMessage) {
      return '[Circular]';
    }
    throw err;
  }
}

function formatWithOptionsInternal(inspectOptions, args) {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';

  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let tempStr;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        switch (nextChar) {
          case 115: { // 's'
            const arg = args[++a];
            if (typeof arg === 'number') {
              tempStr = formatNumber(stylizeNoColor, arg, false);
            } else if (typeof arg === 'bigint') {
              tempStr = formatBigInt(stylizeNoColor, arg, false);
            } else if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) {
              tempStr = String(arg);
            } else {
              tempStr = inspect(arg, { ...inspectOptions, depth: 0, colors: false, compact: 3 });
            }
            break;
          }
          case 106: // 'j'
            tempStr = tryStringify(args[++a]);
            break;
          case 100: { // 'd'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number(arg), false);
            break;
          }
          case 79: // 'O'
            tempStr = inspect(args[++a], inspectOptions);
            break;
          case 111: // 'o'
            tempStr = inspect(args[++a], {
              ...inspectOptions, showHidden: true, showProxy: true, depth: 4,
            });
            break;
          case 105: { // 'i'
            const arg = args[++a];
            if (typeof arg === 'bigint') tempStr = formatBigInt(stylizeNoColor, arg, false);
            else if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseInt(arg), false);
            break;
          }
          case 102: { // 'f'
            const arg = args[++a];
            if (typeof arg === 'symbol') tempStr = 'NaN';
            else tempStr = formatNumber(stylizeNoColor, Number.parseFloat(arg), false);
            break;
          }
          case 99: // 'c': CSS is consumed and dropped
            a += 1;
            tempStr = '';
            break;
          case 37: // '%%'
            str += first.slice(lastPos, i);
            lastPos = i + 1;
            continue;
          default:
            continue;
        }
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }

  while (a < args.length) {
    const value = args[a];
    str += join;
    str += typeof value !== 'string' ? inspect(value, inspectOptions) : value;
    join = ' ';
    a++;
  }
  return str;
}

function format(...args) {
  return formatWithOptionsInternal(undefined, args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw new codes.ERR_INVALID_ARG_TYPE('inspectOptions', 'object', inspectOptions);
  }
  return formatWithOptionsInternal(inspectOptions, args);
}

module.exports = {
  format,
  formatWithOptions,
  formatWithOptionsInternal,
  hasBuiltInToString,
};
