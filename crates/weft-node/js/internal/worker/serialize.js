// The wire form of values crossing threads (what V8's ValueSerializer does for Node's
// MessagePort.postMessage and workerData): the HTML structured clone rules (primitives, plain
// objects, arrays, Date, RegExp, Map, Set, ArrayBuffer, typed arrays, DataView, errors, boxed
// primitives, cycles and shared references; DataCloneError for functions and symbols), written
// as a JSON string because engines on different threads share no values. Also Node's
// error_serdes for a worker's uncaught exception (class, own properties kept).
'use strict';

const types = require('internal/util/types');

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

const functionToString = Function.prototype.toString;

// worker_threads.markAsUncloneable / markAsUntransferable marks.
const uncloneable = new WeakSet();
const untransferable = new WeakSet();

const errorConstructors = {
  Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

let lazyBuffer;
function bufferClass() {
  lazyBuffer ??= require('buffer').Buffer;
  return lazyBuffer;
}

function bytesToBase64(ab, offset, length) {
  return bufferClass().from(ab, offset, length).toString('base64');
}

function base64ToArrayBuffer(text) {
  const b = bufferClass().from(text, 'base64');
  const out = new ArrayBuffer(b.length);
  new Uint8Array(out).set(b);
  return out;
}

function describe(obj) {
  let name;
  try {
    name = obj.constructor?.name;
  } catch {
    // A throwing getter leaves the generic name.
  }
  return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
}

// Encodes `value` into a JSON-able tree. Objects are numbered in visit order; a second visit
// is ['r', n].
function encode(value, memo, transfer) {
  switch (typeof value) {
    case 'undefined': return ['u'];
    case 'boolean': case 'string': return value;
    case 'number':
      if (Number.isNaN(value)) return ['n', 'NaN'];
      if (value === Infinity) return ['n', 'Infinity'];
      if (value === -Infinity) return ['n', '-Infinity'];
      if (Object.is(value, -0)) return ['n', '-0'];
      return value;
    case 'bigint': return ['b', `${value}`];
    case 'symbol': throw dataCloneError(`${String(value)} could not be cloned.`);
    case 'function':
      throw dataCloneError(`${Reflect.apply(functionToString, value, [])} could not be cloned.`);
    default: break;
  }
  if (value === null) return null;
  if (memo.has(value)) return ['r', memo.get(value)];
  if (uncloneable.has(value)) throw dataCloneError('Cannot clone object of unsupported type.');
  const id = memo.size;
  memo.set(value, id);
  if (types.isDate(value)) return ['D', value.getTime()];
  if (types.isRegExp(value)) return ['R', value.source, value.flags];
  if (types.isMap(value)) {
    const out = [];
    for (const [k, v] of value) out.push([encode(k, memo, transfer), encode(v, memo, transfer)]);
    return ['M', out];
  }
  if (types.isSet(value)) {
    const out = [];
    for (const v of value) out.push(encode(v, memo, transfer));
    return ['S', out];
  }
  if (types.isArrayBuffer(value)) {
    if (value.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
    return ['B', bytesToBase64(value, 0, value.byteLength)];
  }
  if (types.isSharedArrayBuffer(value)) {
    // Not shared across threads here: copied.
    return ['B', bytesToBase64(value, 0, value.byteLength)];
  }
  if (types.isDataView(value)) {
    return ['V', encode(value.buffer, memo, transfer), value.byteOffset, value.byteLength];
  }
  if (types.isTypedArray(value)) {
    return ['T', value.constructor.name, encode(value.buffer, memo, transfer),
      value.byteOffset, value.length];
  }
  if (types.isBoxedPrimitive(value)) {
    return ['P', encode(value.valueOf(), memo, transfer)];
  }
  if (types.isNativeError(value) || value instanceof Error) {
    let name;
    try { name = value.name; } catch { name = undefined; }
    const out = ['E', Object.hasOwn(errorConstructors, name) ? name : 'Error'];
    const stack = value.stack;
    const props = {};
    if (typeof stack === 'string') props.stack = stack;
    if (Object.getOwnPropertyDescriptor(value, 'message') !== undefined) {
      props.message = `${value.message}`;
    }
    out.push(props);
    out.push(Object.hasOwn(value, 'cause') ? [encode(value.cause, memo, transfer)] : []);
    return out;
  }
  if (transfer?.isPort?.(value)) return ['p', transfer.portIndex(value)];
  if (transfer?.isAnyPort?.(value)) {
    throw dataCloneError(
      'Object that needs transfer was found in message but not listed in transferList');
  }
  if (isHostObject(value)) throw dataCloneError(`${describe(value)} could not be cloned.`);
  if (Array.isArray(value)) {
    const out = [];
    for (const k of Object.keys(value)) out.push([k, encode(value[k], memo, transfer)]);
    return ['a', value.length, out];
  }
  const out = [];
  for (const k of Object.keys(value)) out.push([k, encode(value[k], memo, transfer)]);
  return ['o', out];
}

// Objects V8 refuses: those of classes with native internals we cannot copy.
function isHostObject(value) {
  return types.isWeakMap(value) || types.isWeakSet(value) || types.isPromise(value);
}

function decode(node, objs, ports) {
  if (node === null || typeof node !== 'object') return node;
  switch (node[0]) {
    case 'u': return undefined;
    case 'n': return Number(node[1] === '-0' ? -0 : node[1]);
    case 'b': return BigInt(node[1]);
    case 'r': return objs[node[1]];
    case 'p': return ports[node[1]];
    default: break;
  }
  const id = objs.length;
  let out;
  switch (node[0]) {
    case 'D': out = new Date(node[1]); objs.push(out); return out;
    case 'R': out = new RegExp(node[1], node[2]); objs.push(out); return out;
    case 'M':
      out = new Map(); objs.push(out);
      for (const [k, v] of node[1]) out.set(decode(k, objs, ports), decode(v, objs, ports));
      return out;
    case 'S':
      out = new Set(); objs.push(out);
      for (const v of node[1]) out.add(decode(v, objs, ports));
      return out;
    case 'B': out = base64ToArrayBuffer(node[1]); objs.push(out); return out;
    case 'V': {
      objs.push(null);
      out = new DataView(decode(node[1], objs, ports), node[2], node[3]);
      objs[id] = out;
      return out;
    }
    case 'T': {
      objs.push(null);
      const Ctor = globalThis[node[1]] ?? Uint8Array;
      const buf = decode(node[2], objs, ports);
      out = node[1] === 'Buffer' || node[1] === 'FastBuffer' ?
        new Uint8Array(buf, node[3], node[4]) : new Ctor(buf, node[3], node[4]);
      objs[id] = out;
      return out;
    }
    case 'P': {
      objs.push(null);
      out = Object(decode(node[1], objs, ports));
      objs[id] = out;
      return out;
    }
    case 'E': {
      const Ctor = errorConstructors[node[1]] ?? Error;
      out = new Ctor();
      objs.push(out);
      const props = node[2];
      for (const key of ['stack', 'message']) {
        if (Object.hasOwn(props, key)) {
          Object.defineProperty(out, key, {
            __proto__: null, value: props[key], writable: true, enumerable: false, configurable: true,
          });
        } else if (key === 'stack') {
          delete out.stack;
        }
      }
      if (node[3].length > 0) {
        Object.defineProperty(out, 'cause', {
          __proto__: null, value: decode(node[3][0], objs, ports),
          writable: true, enumerable: false, configurable: true,
        });
      }
      if (node[4] !== undefined) {
        for (const [k, v] of node[4]) out[k] = decode(v, objs, ports);
      }
      return out;
    }
    case 'a': {
      out = new Array(node[1]);
      objs.push(out);
      for (const [k, v] of node[2]) out[k] = decode(v, objs, ports);
      return out;
    }
    case 'o': {
      out = {};
      objs.push(out);
      for (const [k, v] of node[1]) {
        Object.defineProperty(out, k, {
          __proto__: null, value: decode(v, objs, ports), writable: true, enumerable: true, configurable: true,
        });
      }
      return out;
    }
    default: return undefined;
  }
}

// serialize(value, transfer?) -> string. `transfer` (optional) knows which objects are ports
// being transferred: { isPort(v), portIndex(v) }.
function serialize(value, transfer) {
  return JSON.stringify(encode(value, new Map(), transfer));
}

function deserialize(text, ports = []) {
  return decode(JSON.parse(text), [], ports);
}

// A worker's uncaught exception: errors keep their class and own enumerable properties
// (Node's error_serdes); other values go through the clone rules where they can.
function serializeError(err) {
  try {
    if (err !== null && typeof err === 'object' && (types.isNativeError(err) || err instanceof Error)) {
      const memo = new Map();
      const node = encode(err, memo);
      const extra = [];
      for (const k of Object.keys(err)) {
        try {
          extra.push([k, encode(err[k], memo)]);
        } catch {
          // A property that cannot cross threads is left out.
        }
      }
      node.push(extra);
      return JSON.stringify(node);
    }
    return serialize(err);
  } catch {
    return JSON.stringify(`${err}`);
  }
}

module.exports = {
  serialize, deserialize, serializeError, dataCloneError, uncloneable, untransferable,
};
