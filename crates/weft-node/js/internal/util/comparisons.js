// Deep equality (mirrors Node 26's lib/internal/util/comparisons.js), behind
// util.isDeepStrictEqual and assert's deepEqual/deepStrictEqual:
// - strict: Object.is for primitives, same prototype (unless skipPrototype), enumerable
//   own symbol keys compared too;
// - loose: `==` for primitives (NaN equals NaN), prototypes ignored, loosely matching
//   primitives accepted as Set members and Map keys.
// Both require the same Object.prototype.toString tag and the same own enumerable keys,
// compare dates, regexps (source, flags, lastIndex), errors (name, message, cause,
// errors), boxed primitives, typed arrays and buffers by value, Maps and Sets by content,
// and treat cycles as equal when both sides loop back at the same depth.
'use strict';

const types = require('internal/util/types');

const kLoose = 0;
const kStrict = 1;
const kStrictSkipPrototype = 2;

const objectToString = (v) => Object.prototype.toString.call(v);
const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);
const isEnumerable = (o, k) => Object.prototype.propertyIsEnumerable.call(o, k);
const isObject = (v) => typeof v === 'object' && v !== null;
const dateTime = (d) => Date.prototype.getTime.call(d);
const isIndex = (k) => /^(?:0|[1-9][0-9]*)$/.test(k) && Number(k) < 4294967295;

// Own enumerable string keys (minus array indices for array-likes), plus enumerable
// symbols in strict mode.
const utilBinding = internalBinding('util');

function ownKeys(value, mode, skipIndices, info) {
  if (skipIndices && info === undefined &&
      typeof utilBinding.getOwnNonIndexProperties === 'function') {
    // Typed arrays: no holes to detect, so the native list (no string per element) will do.
    return utilBinding.getOwnNonIndexProperties(value, true).filter((k) =>
      (typeof k === 'symbol' ? mode !== kLoose : !isIndex(k)));
  }
  let keys = Object.keys(value);
  if (skipIndices) {
    // Index keys come first, in ascending order: the others are a suffix.
    let start = keys.length;
    while (start > 0 && !isIndex(keys[start - 1])) start--;
    // No holes when every index below length is an own enumerable key.
    if (info !== undefined) info.dense = start === value.length;
    keys = keys.slice(start);
  }
  if (mode !== kLoose) {
    for (const sym of Object.getOwnPropertySymbols(value)) {
      if (isEnumerable(value, sym)) keys.push(sym);
    }
  }
  return keys;
}

function equalBoxed(a, b) {
  if (types.isNumberObject(a)) {
    return types.isNumberObject(b) &&
      Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (types.isStringObject(a)) {
    return types.isStringObject(b) &&
      String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (types.isBooleanObject(a)) {
    return types.isBooleanObject(b) &&
      Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (types.isBigIntObject(a)) {
    return types.isBigIntObject(b) &&
      BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  if (types.isSymbolObject(a)) {
    return types.isSymbolObject(b) &&
      Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
  }
  return false;
}

const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedTag = (v) => Reflect.apply(
  Object.getOwnPropertyDescriptor(TypedArrayPrototype, Symbol.toStringTag).get, v, []);

function bytesOf(view) {
  if (types.isAnyArrayBuffer(view)) return new Uint8Array(view);
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function sameBytes(a, b) {
  const x = bytesOf(a);
  const y = bytesOf(b);
  if (x.length !== y.length) return false;
  let i = 0;
  if (x.byteOffset % 4 === 0 && y.byteOffset % 4 === 0 && x.length >= 64) {
    // Four bytes at a time while both views are aligned.
    const words = x.length >>> 2;
    const wx = new Int32Array(x.buffer, x.byteOffset, words);
    const wy = new Int32Array(y.buffer, y.byteOffset, words);
    for (let w = 0; w < words; w++) if (wx[w] !== wy[w]) return false;
    i = words * 4;
  }
  for (; i < x.length; i++) if (x[i] !== y[i]) return false;
  return true;
}

function equalViews(a, b, mode) {
  if (types.isDataView(a)) {
    if (!types.isDataView(b)) return false;
    return sameBytes(a, b);
  }
  const kind = typedTag(a);
  if (kind === undefined || typedTag(b) !== kind) return false;
  if (a.length !== b.length) return false;
  if (mode === kLoose && (kind === 'Float16Array' || kind === 'Float32Array' || kind === 'Float64Array')) {
    // eslint-disable-next-line eqeqeq
    for (let i = 0; i < a.length; i++) if (a[i] != b[i]) return false;
    return true;
  }
  return sameBytes(a, b);
}

function isDeepStrictEqual(a, b, options) {
  const mode = options && options.skipPrototype ? kStrictSkipPrototype : kStrict;
  return innerEqual(a, b, mode, undefined);
}

function isDeepEqual(a, b) {
  return innerEqual(a, b, kLoose, undefined);
}

function innerEqual(a, b, mode, memos) {
  if (a === b) return a !== 0 || mode === kLoose || Object.is(a, b);
  if (mode !== kLoose) {
    if (!isObject(a)) return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    if (!isObject(b)) return false;
    if (mode === kStrict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (!isObject(a)) {
      if (isObject(b)) return false;
      // eslint-disable-next-line eqeqeq
      return a == b || (Number.isNaN(a) && Number.isNaN(b));
    }
    if (!isObject(b)) return false;
  }
  const tag = objectToString(a);
  if (tag !== objectToString(b)) return false;

  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    const infoA = {};
    const infoB = {};
    const keysA = ownKeys(a, mode, true, infoA);
    if (keysA.length !== ownKeys(b, mode, true, infoB).length) return false;
    if (infoA.dense !== infoB.dense) return false;
    return compareKeyed(a, b, mode, memos, infoA.dense ? 'dense' : 'array', keysA);
  }
  if (tag === '[object Object]') {
    // Plain objects (Node's fast path: the tag alone decides).
    return compareKeyed(a, b, mode, memos, 'object');
  }
  if (types.isDate(a)) {
    if (!types.isDate(b)) return false;
    const ta = dateTime(a);
    const tb = dateTime(b);
    if (ta !== tb && !(Number.isNaN(ta) && Number.isNaN(tb))) return false;
  } else if (types.isRegExp(a)) {
    if (!types.isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) return false;
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || !equalErrors(a, b, mode, memos)) return false;
  } else if (ArrayBuffer.isView(a)) {
    if (!ArrayBuffer.isView(b) || !equalViews(a, b, mode)) return false;
    const keysA = ownKeys(a, mode, true);
    if (keysA.length !== ownKeys(b, mode, true).length) return false;
    return compareKeyed(a, b, mode, memos, 'object', keysA);
  } else if (types.isSet(a)) {
    if (!types.isSet(b) || a.size !== b.size) return false;
    return compareKeyed(a, b, mode, memos, 'set');
  } else if (types.isMap(a)) {
    if (!types.isMap(b) || a.size !== b.size) return false;
    return compareKeyed(a, b, mode, memos, 'map');
  } else if (types.isAnyArrayBuffer(a)) {
    if (!types.isAnyArrayBuffer(b) || types.isSharedArrayBuffer(a) !== types.isSharedArrayBuffer(b) ||
        !sameBytes(a, b)) return false;
  } else if (types.isBoxedPrimitive(a)) {
    if (!equalBoxed(a, b)) return false;
  } else if (Array.isArray(b) || ArrayBuffer.isView(b) || types.isSet(b) || types.isMap(b) ||
             types.isDate(b) || types.isRegExp(b) || types.isAnyArrayBuffer(b) ||
             types.isBoxedPrimitive(b) || isErrorLike(b)) {
    return false;
  } else if (types.isWeakMap(a) || types.isWeakSet(a) || types.isPromise(a) || types.isWeakRef(a)) {
    // Their contents cannot be compared: only the same object is equal.
    return false;
  }
  return compareKeyed(a, b, mode, memos, 'object');
}

function isErrorLike(v) {
  return types.isNativeError(v) || v instanceof Error;
}

// name, message, and the non-enumerable cause and errors (AggregateError).
function equalErrors(a, b, mode, memos) {
  if (a.message !== b.message || a.name !== b.name) return false;
  const aHasCause = hasOwn(a, 'cause');
  if (aHasCause !== hasOwn(b, 'cause')) return false;
  if (aHasCause && !isEnumerable(a, 'cause') && !innerEqual(a.cause, b.cause, mode, memos)) return false;
  const aHasErrors = hasOwn(a, 'errors');
  if (aHasErrors !== hasOwn(b, 'errors')) return false;
  if (aHasErrors && !isEnumerable(a, 'errors') && !innerEqual(a.errors, b.errors, mode, memos)) return false;
  return true;
}

// `keysA`, when given, comes from ownKeys (symbols included, counts already compared).
function compareKeyed(a, b, mode, memos, kind, keysA) {
  const givenKeys = keysA !== undefined;
  if (!givenKeys) {
    keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
  }
  for (const key of keysA) {
    if (typeof key === 'string' && !hasOwn(b, key)) return false;
  }
  if (mode !== kLoose && !givenKeys) {
    // Enumerable symbols must match on both sides.
    let count = 0;
    for (const sym of Object.getOwnPropertySymbols(a)) {
      if (isEnumerable(a, sym)) {
        if (!isEnumerable(b, sym)) return false;
        keysA.push(sym);
        count++;
      } else if (isEnumerable(b, sym)) {
        return false;
      }
    }
    const symsB = Object.getOwnPropertySymbols(b).filter((s) => isEnumerable(b, s));
    if (symsB.length !== count) return false;
  } else if (mode !== kLoose) {
    for (const key of keysA) if (typeof key === 'symbol' && !isEnumerable(b, key)) return false;
  }

  if (keysA.length === 0 &&
      (kind === 'object' || ((kind === 'array' || kind === 'dense') && a.length === 0) ||
       a.size === 0)) {
    return true;
  }

  // Cycles: each side remembers the depth at which it entered an object; a pair that
  // loops back is equal only when both sides loop back to the same depth.
  if (memos === undefined) {
    memos = { a: new Map(), b: new Map(), depth: 0 };
  } else {
    const depthA = memos.a.get(a);
    if (depthA !== undefined) {
      const depthB = memos.b.get(b);
      if (depthB !== undefined) return depthA === depthB;
    }
    memos.depth++;
  }
  memos.a.set(a, memos.depth);
  memos.b.set(b, memos.depth);
  const result = compareContents(a, b, mode, memos, kind, keysA);
  memos.a.delete(a);
  memos.b.delete(b);
  return result;
}

function compareContents(a, b, mode, memos, kind, keys) {
  if (kind === 'dense') {
    for (let i = 0; i < a.length; i++) {
      if (!innerEqual(a[i], b[i], mode, memos)) return false;
    }
  } else if (kind === 'array') {
    for (let i = 0; i < a.length; i++) {
      const inA = hasOwn(a, i);
      if (inA !== hasOwn(b, i)) return false;
      if (inA && !innerEqual(a[i], b[i], mode, memos)) return false;
    }
  } else if (kind === 'set') {
    if (!equalSets(a, b, mode, memos)) return false;
  } else if (kind === 'map') {
    if (!equalMaps(a, b, mode, memos)) return false;
  }
  for (const key of keys) {
    if (!innerEqual(a[key], b[key], mode, memos)) return false;
  }
  return true;
}

// For loose mode: whether primitive `prim` may loosely equal some other primitive.
// Returns true/false when decided, or the one alternative value (null/undefined).
function looseAlternative(prim) {
  switch (typeof prim) {
    case 'undefined': return null;
    case 'object': return undefined; // null
    case 'symbol': return false;
    case 'string':
      if (Number.isNaN(+prim)) return false;
      return true;
    case 'number':
      return !Number.isNaN(prim);
    default:
      return true;
  }
}

// Values still to be matched, in insertion order. Matching tries the first and the last
// unmatched candidate before scanning the rest, so collections in the same or in reverse
// order compare in linear time.
class Pool {
  constructor() {
    this.items = [];
    this.used = [];
    this.front = 0;
    this.back = -1;
    this.size = 0;
  }

  add(value) {
    this.items.push(value);
    this.used.push(false);
    this.back = this.items.length - 1;
    this.size++;
  }

  take(matches) {
    const { items, used } = this;
    while (this.front <= this.back && used[this.front]) this.front++;
    while (this.back >= this.front && used[this.back]) this.back--;
    if (this.front > this.back) return false;
    const order = [this.front];
    if (this.back !== this.front) order.push(this.back);
    for (const i of order) {
      if (matches(items[i])) return this.mark(i);
    }
    for (let i = this.front + 1; i < this.back; i++) {
      if (!used[i] && matches(items[i])) return this.mark(i);
    }
    return false;
  }

  mark(i) {
    this.used[i] = true;
    this.size--;
    return true;
  }
}

function equalSets(a, b, mode, memos) {
  let pending = null;
  for (const v of a) {
    if (isObject(v)) {
      // The same object on both sides matches itself.
      if (!b.has(v)) (pending ??= new Pool()).add(v);
    } else if (!b.has(v)) {
      if (mode !== kLoose) return false;
      const alt = looseAlternative(v);
      if (alt === false) return false;
      if (alt !== true && (!b.has(alt) || a.has(alt))) return false;
      (pending ??= new Pool()).add(v);
    }
  }
  if (pending === null) return true;
  for (const v of b) {
    if (isObject(v)) {
      if (!a.has(v) && !pending.take((c) => innerEqual(v, c, mode, memos))) return false;
    } else if (mode === kLoose && !a.has(v) &&
               !pending.take((c) => innerEqual(v, c, mode, memos))) {
      return false;
    }
  }
  return pending.size === 0;
}

function equalMaps(a, b, mode, memos) {
  let pending = null;
  for (const [key, value] of a) {
    if (isObject(key)) {
      if (!b.has(key) || !innerEqual(value, b.get(key), mode, memos)) {
        (pending ??= new Pool()).add(key);
      }
      continue;
    }
    const other = b.get(key);
    if ((other === undefined && !b.has(key)) || !innerEqual(value, other, mode, memos)) {
      if (mode !== kLoose) return false;
      const alt = looseAlternative(key);
      if (alt === false) return false;
      if (alt !== true) {
        if (!b.has(alt) || a.has(alt) || !innerEqual(value, b.get(alt), mode, memos)) return false;
      }
      (pending ??= new Pool()).add(key);
    }
  }
  if (pending === null) return true;
  const entryMatches = (key, value) => (candidate) =>
    innerEqual(candidate, key, mode, memos) && innerEqual(a.get(candidate), value, mode, memos);
  for (const [key, value] of b) {
    if (isObject(key)) {
      if (a.has(key) && innerEqual(a.get(key), value, mode, memos)) continue;
      if (!pending.take(entryMatches(key, value))) return false;
    } else if (mode === kLoose && (!a.has(key) || !innerEqual(a.get(key), value, mode, memos)) &&
               !pending.take(entryMatches(key, value))) {
      return false;
    }
  }
  return pending.size === 0;
}

module.exports = { isDeepEqual, isDeepStrictEqual };
