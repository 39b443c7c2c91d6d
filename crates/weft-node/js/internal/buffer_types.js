// Fast type checks for the Buffer and encoding hot paths (same answers as
// internal/util/types): views are recognised with ArrayBuffer.isView and the typed-array
// tag getter, so a Buffer argument never reaches the exception-based brand checks, which
// cost microseconds each in the interpreter.
'use strict';

const types = require('internal/util/types');

const isArrayBufferView = ArrayBuffer.isView;
const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const tagGetter = Object.getOwnPropertyDescriptor(TypedArrayProto, Symbol.toStringTag).get;
const objectToString = Object.prototype.toString;

function typedArrayName(value) {
  return isArrayBufferView(value) ? Reflect.apply(tagGetter, value, []) : undefined;
}

function isUint8Array(value) {
  return typedArrayName(value) === 'Uint8Array';
}

function isTypedArray(value) {
  return typedArrayName(value) !== undefined;
}

function isAnyArrayBuffer(value) {
  if (value === null || typeof value !== 'object' || isArrayBufferView(value)) return false;
  // Only something tagged like a buffer can be one; the brand check confirms it.
  const tag = Reflect.apply(objectToString, value, []);
  if (tag !== '[object ArrayBuffer]' && tag !== '[object SharedArrayBuffer]') return false;
  return types.isAnyArrayBuffer(value);
}

function isArrayBuffer(value) {
  return isAnyArrayBuffer(value) && types.isArrayBuffer(value);
}

module.exports = { isArrayBufferView, isUint8Array, isTypedArray, isAnyArrayBuffer, isArrayBuffer };
