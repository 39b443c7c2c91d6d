// Deep strict equality (mirrors Node's lib/internal/util/comparisons.js as used
// by util.isDeepStrictEqual): same prototypes and [[Class]], Object.is for
// primitives, own enumerable keys and symbols compared recursively, Map/Set by
// content, dates/regexps/boxed primitives/typed arrays/errors by value; cycles
// are tolerated.
'use strict';

const types = require('internal/util/types');

const objectToString = (v) => Object.prototype.toString.call(v);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);

function ownEnumerableKeys(value) {
  const keys = Object.keys(value);
  for (const sym of Object.getOwnPropertySymbols(value)) {
    if (isEnumerable(value, sym)) keys.push(sym);
  }
  return keys;
}

function isDeepStrictEqual(a, b) {
  return innerEqual(a, b, new Map());
}

function innerEqual(a, b, memo) {
  if (a === b) return a !== 0 || Object.is(a, b);
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) {
    if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
    return false;
  }
  if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (objectToString(a) !== objectToString(b)) return false;

  // Cycles: a pair already under comparison counts as equal.
  let seen = memo.get(a);
  if (seen !== undefined && seen.has(b)) return true;
  if (seen === undefined) {
    seen = new Set();
    memo.set(a, seen);
  }
  seen.add(b);

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) {
      if (hasOwn(a, i) !== hasOwn(b, i)) return false;
      if (!innerEqual(a[i], b[i], memo)) return false;
    }
    return keysEqual(a, b, memo, (k) => !/^(0|[1-9][0-9]*)$/.test(k));
  }
  if (types.isDate(a)) {
    if (!types.isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) return false;
  } else if (types.isNativeError(a) || a instanceof Error) {
    if (a.message !== b.message || a.name !== b.name) return false;
    if ('cause' in a !== 'cause' in b || !innerEqual(a.cause, b.cause, memo)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!Object.is(a.valueOf(), b.valueOf())) return false;
  } else if (types.isTypedArray(a)) {
    if (!types.isTypedArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return false;
    return keysEqual(a, b, memo, (k) => !/^(0|[1-9][0-9]*)$/.test(k));
  } else if (types.isAnyArrayBuffer(a)) {
    const x = new Uint8Array(a);
    const y = new Uint8Array(b);
    if (x.length !== y.length) return false;
    for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size || !mapEqual(a, b, memo)) return false;
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size || !setEqual(a, b, memo)) return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a)) {
    return false;
  }
  return keysEqual(a, b, memo, () => true);
}

function keysEqual(a, b, memo, keep) {
  const aKeys = ownEnumerableKeys(a).filter((k) => typeof k === 'symbol' || keep(k));
  const bKeys = ownEnumerableKeys(b).filter((k) => typeof k === 'symbol' || keep(k));
  if (aKeys.length !== bKeys.length) return false;
  for (const key of aKeys) {
    if (!isEnumerable(b, key)) return false;
    if (!innerEqual(a[key], b[key], memo)) return false;
  }
  return true;
}

function setEqual(a, b, memo) {
  const pending = [];
  for (const v of a) {
    if (v !== null && typeof v === 'object') pending.push(v);
    else if (!b.has(v)) return false;
  }
  if (pending.length === 0) return true;
  const candidates = [...b].filter((v) => v !== null && typeof v === 'object');
  for (const v of pending) {
    const i = candidates.findIndex((c) => innerEqual(v, c, memo));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function mapEqual(a, b, memo) {
  const pending = [];
  for (const [k, v] of a) {
    if (k !== null && typeof k === 'object') {
      pending.push([k, v]);
    } else if (!b.has(k) || !innerEqual(v, b.get(k), memo)) {
      return false;
    }
  }
  if (pending.length === 0) return true;
  const candidates = [...b].filter(([k]) => k !== null && typeof k === 'object');
  for (const [k, v] of pending) {
    const i = candidates.findIndex(([ck, cv]) => innerEqual(k, ck, memo) && innerEqual(v, cv, memo));
    if (i === -1) return false;
    candidates.splice(i, 1);
  }
  return true;
}

module.exports = { isDeepStrictEqual };
