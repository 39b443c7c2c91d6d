// structuredClone (mirrors the HTML structured clone algorithm as Node 26 runs it through
// V8's serializer): primitives, plain objects (own enumerable string keys, getters read),
// arrays (holes and extra keys kept), Date, RegExp, Map, Set, ArrayBuffer (with `transfer`),
// typed arrays and DataView (sharing one cloned buffer), errors (name, message, stack,
// cause), boxed primitives, cycles and shared references; DataCloneError (a DOMException)
// with V8's messages for what cannot be cloned. Prototypes of other objects are not kept.
'use strict';

const {
  codes: { ERR_MISSING_ARGS },
} = require('internal/errors');
const types = require('internal/util/types');

function dataCloneError(message) {
  return new DOMException(message, 'DataCloneError');
}

// Node's own message for options it cannot read (no "Received ..." part).
function optionsError(message) {
  const err = new TypeError(`Failed to execute 'structuredClone': ${message}`);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

const errorConstructors = {
  EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError,
};

const functionToString = Function.prototype.toString;
const objectToString = Object.prototype.toString;

// V8's `#<Name>` description of an object it will not clone.
function describe(obj) {
  let name;
  try {
    name = obj.constructor?.name;
  } catch {
    // A throwing getter leaves the generic name.
  }
  return `#<${typeof name === 'string' && name !== '' ? name : 'Object'}>`;
}

// Blob and File are the host objects Node clones (their bytes are immutable, so shared).
let lazyBlob;
function isBlob(value) {
  lazyBlob ??= require('internal/buffer_blob');
  return value instanceof lazyBlob.Blob;
}

function cloneArrayBuffer(buf) {
  if (buf.detached) throw dataCloneError('An ArrayBuffer is detached and could not be cloned.');
  return buf.slice(0);
}

function cloneValue(value, memo) {
  if (typeof value === 'symbol') throw dataCloneError(`${String(value)} could not be cloned.`);
  if (typeof value === 'function') {
    throw dataCloneError(`${Reflect.apply(functionToString, value, [])} could not be cloned.`);
  }
  if (value === null || typeof value !== 'object') return value;

  const seen = memo.get(value);
  if (seen !== undefined) return seen;

  if (types.isProxy(value)) throw dataCloneError('#<Object> could not be cloned.');

  let out;
  // Plain objects first, by tag: the brand checks below cost an exception each when they
  // fail. (Only a built-in whose Symbol.toStringTag was replaced could hide behind it.)
  if (Reflect.apply(objectToString, value, []) === '[object Object]' &&
      !ArrayBuffer.isView(value)) {
    out = {};
    memo.set(value, out);
    for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memo);
    return out;
  }
  if (Array.isArray(value)) {
    out = new Array(value.length);
    memo.set(value, out);
    for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memo);
    return out;
  }
  if (types.isDate(value)) {
    out = new Date(value.getTime());
  } else if (types.isRegExp(value)) {
    out = new RegExp(value.source, value.flags);
  } else if (types.isArrayBuffer(value)) {
    out = cloneArrayBuffer(value);
  } else if (types.isSharedArrayBuffer(value)) {
    // The memory is shared, so the same object stands for it.
    out = value;
  } else if (types.isArrayBufferView(value)) {
    const buffer = cloneValue(value.buffer, memo);
    if (types.isDataView(value)) {
      out = new DataView(buffer, value.byteOffset, value.byteLength);
    } else {
      const Ctor = globalThis[objectToString.call(value).slice(8, -1)];
      out = new Ctor(buffer, value.byteOffset, value.length);
    }
  } else if (types.isMap(value)) {
    out = new Map();
    memo.set(value, out);
    for (const [k, v] of value) out.set(cloneValue(k, memo), cloneValue(v, memo));
    return out;
  } else if (types.isSet(value)) {
    out = new Set();
    memo.set(value, out);
    for (const v of value) out.add(cloneValue(v, memo));
    return out;
  } else if (types.isNativeError(value)) {
    return cloneError(value, memo);
  } else if (types.isBoxedPrimitive(value)) {
    if (types.isSymbolObject(value)) {
      throw dataCloneError(`${objectToString.call(value)} could not be cloned.`);
    }
    out = Object(value.valueOf());
  } else if (isBlob(value)) {
    out = lazyBlob.cloneBlob(value);
  } else if (types.isPromise(value) || types.isWeakMap(value) || types.isWeakSet(value) ||
             types.isWeakRef(value) || types.isGeneratorObject(value) ||
             types.isModuleNamespaceObject(value) ||
             (typeof WeakRef === 'function' && value instanceof WeakRef)) {
    throw dataCloneError(`${describe(value)} could not be cloned.`);
  } else {
    out = {};
    memo.set(value, out);
    for (const key of Object.keys(value)) out[key] = cloneValue(value[key], memo);
    return out;
  }
  memo.set(value, out);
  return out;
}

function cloneError(value, memo) {
  let name;
  try {
    name = value.name;
  } catch {
    name = undefined;
  }
  const Ctor = Object.hasOwn(errorConstructors, name) ? errorConstructors[name] : Error;
  const out = new Ctor();
  memo.set(value, out);
  const stack = value.stack;
  if (typeof stack === 'string') {
    Object.defineProperty(out, 'stack', {
      __proto__: null, value: stack, writable: true, enumerable: false, configurable: true,
    });
  }
  const messageDesc = Object.getOwnPropertyDescriptor(value, 'message');
  if (messageDesc !== undefined) {
    Object.defineProperty(out, 'message', {
      __proto__: null, value: `${value.message}`, writable: true, enumerable: false, configurable: true,
    });
  }
  if (Object.hasOwn(value, 'cause')) {
    Object.defineProperty(out, 'cause', {
      __proto__: null,
      value: cloneValue(value.cause, memo),
      writable: true,
      enumerable: false,
      configurable: true,
    });
  }
  return out;
}

function structuredClone(value, options) {
  if (arguments.length === 0) {
    // Node's own wording (the name repeats inside the message).
    throw new ERR_MISSING_ARGS('The value argument must be specified');
  }
  let transfer = [];
  if (options !== undefined && options !== null) {
    if (typeof options !== 'object' && typeof options !== 'function') {
      throw optionsError('Options cannot be converted to a dictionary');
    }
    const list = options.transfer;
    if (list !== undefined) {
      if (list === null || typeof list !== 'object' ||
          typeof list[Symbol.iterator] !== 'function') {
        throw optionsError('transfer in Options cannot be converted to sequence.');
      }
      transfer = [...list];
      for (let i = 0; i < transfer.length; i++) {
        const t = transfer[i];
        if (t === null || (typeof t !== 'object' && typeof t !== 'function')) {
          throw optionsError(`transfer in Options[${i}] is not an object.`);
        }
      }
    }
  }

  const memo = new Map();
  for (let i = 0; i < transfer.length; i++) {
    const t = transfer[i];
    if (!types.isArrayBuffer(t)) {
      throw dataCloneError('Found invalid value in transferList.');
    }
    if (memo.has(t)) throw dataCloneError('Transfer list contains duplicate ArrayBuffer');
    if (t.detached) throw dataCloneError('Cannot transfer object of unsupported type.');
    memo.set(t, t.slice(0));
  }

  const result = cloneValue(value, memo);
  // Transferred buffers end detached, their memory now the clone's.
  for (const t of transfer) t.transfer();
  return result;
}

module.exports = { structuredClone };
