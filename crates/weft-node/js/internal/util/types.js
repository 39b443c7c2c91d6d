// Value type checks (mirrors Node's lib/internal/util/types.js, the engine-backed
// `util.types`): the engine class of a value (internalBinding('util').getClassId)
// compared with a sample's, else plain JS brand checks (a built-in method or getter that
// throws on the wrong receiver); promises and proxies come from internalBinding('util').
'use strict';

const utilBinding = internalBinding('util');

const uncurry = (fn) => (thisArg, ...args) => Reflect.apply(fn, thisArg, args);
const getter = (proto, key) => Object.getOwnPropertyDescriptor(proto, key).get;

// True when calling `fn` with `value` as receiver does not throw.
function brand(fn) {
  return (value) => {
    if (value === null || (typeof value !== 'object' && typeof value !== 'function')) {
      return false;
    }
    try {
      fn(value);
      return true;
    } catch {
      return false;
    }
  };
}

const mapSize = uncurry(getter(Map.prototype, 'size'));
const setSize = uncurry(getter(Set.prototype, 'size'));
const weakMapHas = uncurry(WeakMap.prototype.has);
const weakSetHas = uncurry(WeakSet.prototype.has);
const weakRefDeref = typeof WeakRef === 'function' ? uncurry(WeakRef.prototype.deref) : null;
const dateGetTime = uncurry(Date.prototype.getTime);
const regexpSource = uncurry(getter(RegExp.prototype, 'source'));
const arrayBufferByteLength = uncurry(getter(ArrayBuffer.prototype, 'byteLength'));
const sharedArrayBufferByteLength = typeof SharedArrayBuffer === 'function' ?
  uncurry(getter(SharedArrayBuffer.prototype, 'byteLength')) : null;
const dataViewByteLength = uncurry(getter(DataView.prototype, 'byteLength'));
const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
const typedArrayTag = uncurry(getter(TypedArrayPrototype, Symbol.toStringTag));
const objectToString = uncurry(Object.prototype.toString);

// With the engine's class ids, a brand check is one native call: the class of `value`
// against the class of a sample instance (no exception thrown for a miss).
const getClassId = typeof utilBinding.getClassId === 'function' ? utilBinding.getClassId : null;
function classCheck(sample, fallback) {
  if (getClassId === null) return fallback;
  const id = getClassId(sample);
  return (value) => getClassId(value) === id;
}

const isMap = classCheck(new Map(), brand(mapSize));
const isSet = classCheck(new Set(), brand(setSize));
const isWeakMap = classCheck(new WeakMap(), brand((v) => weakMapHas(v, {})));
const isWeakSet = classCheck(new WeakSet(), brand((v) => weakSetHas(v, {})));
const isWeakRef = weakRefDeref ?
  classCheck(new WeakRef({}), brand(weakRefDeref)) : () => false;
const isDate = classCheck(new Date(0), brand(dateGetTime));
const isArrayBuffer = classCheck(new ArrayBuffer(0), brand(arrayBufferByteLength));
const isSharedArrayBuffer = sharedArrayBufferByteLength ?
  classCheck(new SharedArrayBuffer(0), brand(sharedArrayBufferByteLength)) : () => false;
const isDataView = classCheck(new DataView(new ArrayBuffer(0)), brand(dataViewByteLength));

const regExpBrand = classCheck(/x/, brand(regexpSource));
function isRegExp(value) {
  if (value === RegExp.prototype) return false;
  return regExpBrand(value);
}

const isNumberObject = classCheck(new Number(0),
  brand((v) => { if (typeof v !== 'object') throw 0; Number.prototype.valueOf.call(v); }));
const isStringObject = classCheck(new String(''),
  brand((v) => { if (typeof v !== 'object') throw 0; String.prototype.valueOf.call(v); }));
const isBooleanObject = classCheck(new Boolean(false),
  brand((v) => { if (typeof v !== 'object') throw 0; Boolean.prototype.valueOf.call(v); }));
const isBigIntObject = classCheck(Object(0n),
  brand((v) => { if (typeof v !== 'object') throw 0; BigInt.prototype.valueOf.call(v); }));
const isSymbolObject = classCheck(Object(Symbol('sample')),
  brand((v) => { if (typeof v !== 'object') throw 0; Symbol.prototype.valueOf.call(v); }));

function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) || isBooleanObject(value) ||
    isBigIntObject(value) || isSymbolObject(value);
}

function typedArrayName(value) {
  if (value === null || typeof value !== 'object') return undefined;
  return typedArrayTag(value);
}

const isTypedArray = (value) => typedArrayName(value) !== undefined;
const typedCheck = (name) => (value) => typedArrayName(value) === name;

function isAnyArrayBuffer(value) {
  return isArrayBuffer(value) || isSharedArrayBuffer(value);
}

function isArrayBufferView(value) {
  return ArrayBuffer.isView(value);
}

function isPromise(value) {
  if (value === null || typeof value !== 'object') return false;
  if (typeof utilBinding.isPromise === 'function') return utilBinding.isPromise(value);
  try {
    const details = utilBinding.getPromiseDetails(value);
    return Array.isArray(details);
  } catch {
    return false;
  }
}

function isProxy(value) {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return false;
  return utilBinding.getProxyDetails(value) !== undefined;
}

// Engine errors carry [[ErrorData]], which Object.prototype.toString reports as
// "Error" unless a Symbol.toStringTag overrides it.
const nativeErrorClass = classCheck(new Error('sample'), null);
function isNativeError(value) {
  if (nativeErrorClass !== null) return nativeErrorClass(value);
  if (value === null || typeof value !== 'object') return false;
  if (typeof Error.isError === 'function') return Error.isError(value);
  if (value[Symbol.toStringTag] !== undefined) return false;
  return objectToString(value) === '[object Error]';
}

const AsyncFunctionPrototype = Object.getPrototypeOf(async function () {});
const GeneratorFunctionPrototype = Object.getPrototypeOf(function* () {});
const AsyncGeneratorFunctionPrototype = Object.getPrototypeOf(async function* () {});

function functionKind(value) {
  if (typeof value !== 'function') return '';
  const tag = objectToString(value);
  if (tag !== '[object Function]') return tag.slice(8, -1);
  let proto = Object.getPrototypeOf(value);
  while (proto !== null) {
    if (proto === AsyncFunctionPrototype) return 'AsyncFunction';
    if (proto === GeneratorFunctionPrototype) return 'GeneratorFunction';
    if (proto === AsyncGeneratorFunctionPrototype) return 'AsyncGeneratorFunction';
    proto = Object.getPrototypeOf(proto);
  }
  return 'Function';
}

function isAsyncFunction(value) {
  const kind = functionKind(value);
  return kind === 'AsyncFunction' || kind === 'AsyncGeneratorFunction';
}

function isGeneratorFunction(value) {
  const kind = functionKind(value);
  return kind === 'GeneratorFunction' || kind === 'AsyncGeneratorFunction';
}

function tagIs(tag) {
  return (value) => value !== null && typeof value === 'object' &&
    objectToString(value) === `[object ${tag}]`;
}

// Strict and sloppy functions make arguments objects of two engine classes.
const strictArgumentsClass = classCheck((function () { return arguments; })(), tagIs('Arguments'));
// eslint-disable-next-line no-new-func
const sloppyArgumentsClass = classCheck(new Function('return arguments')(), tagIs('Arguments'));
const isArgumentsObject = (value) => strictArgumentsClass(value) || sloppyArgumentsClass(value);
const isMapIterator = classCheck(new Map().keys(), tagIs('Map Iterator'));
const isSetIterator = classCheck(new Set().values(), tagIs('Set Iterator'));
const isSyncGeneratorObject = classCheck((function* () {})(), tagIs('Generator'));
const isAsyncGeneratorObject = classCheck((async function* () {})(), tagIs('AsyncGenerator'));
// Node counts async generator objects too.
const isGeneratorObject = (value) => isSyncGeneratorObject(value) || isAsyncGeneratorObject(value);

function isModuleNamespaceObject(value) {
  return value !== null && typeof value === 'object' &&
    Object.getPrototypeOf(value) === null &&
    Object.getOwnPropertyDescriptor(value, Symbol.toStringTag)?.value === 'Module';
}

function isExternal() {
  return false;
}

// In Node's order (util.types lists them so); isWeakRef is internal only.
module.exports = {
  isArgumentsObject,
  isArrayBuffer,
  isAsyncFunction,
  isBigIntObject,
  isBooleanObject,
  isDate,
  isExternal,
  isGeneratorFunction,
  isGeneratorObject,
  isMap,
  isMapIterator,
  isModuleNamespaceObject,
  isNativeError,
  isNumberObject,
  isPromise,
  isProxy,
  isRegExp,
  isSet,
  isSetIterator,
  isSharedArrayBuffer,
  isStringObject,
  isSymbolObject,
  isWeakMap,
  isWeakSet,
  isAnyArrayBuffer,
  isBoxedPrimitive,
  isArrayBufferView,
  isDataView,
  isTypedArray,
  isUint8Array: typedCheck('Uint8Array'),
  isUint8ClampedArray: typedCheck('Uint8ClampedArray'),
  isUint16Array: typedCheck('Uint16Array'),
  isUint32Array: typedCheck('Uint32Array'),
  isInt8Array: typedCheck('Int8Array'),
  isInt16Array: typedCheck('Int16Array'),
  isInt32Array: typedCheck('Int32Array'),
  isFloat16Array: typedCheck('Float16Array'),
  isFloat32Array: typedCheck('Float32Array'),
  isFloat64Array: typedCheck('Float64Array'),
  isBigInt64Array: typedCheck('BigInt64Array'),
  isBigUint64Array: typedCheck('BigUint64Array'),
};
Object.defineProperty(module.exports, 'isWeakRef', { value: isWeakRef, enumerable: false });
