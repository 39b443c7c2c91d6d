// node:stream (mirrors Node's lib/stream.js): the module is the legacy Stream
// constructor itself, carrying Readable, Writable, Duplex, Transform,
// PassThrough, pipeline, finished, addAbortSignal, the stream predicates and the
// default high-water-mark accessors as properties.
'use strict';

const { Stream } = require('internal/streams/legacy');
const eos = require('internal/streams/end-of-stream');
const { pipeline } = require('internal/streams/pipeline');
const destroyImpl = require('internal/streams/destroy');
const { addAbortSignal } = require('internal/streams/add-abort-signal');
const { getDefaultHighWaterMark, setDefaultHighWaterMark } = require('internal/streams/state');
const utils = require('internal/streams/utils');
const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const Duplex = require('internal/streams/duplex');
const Transform = require('internal/streams/transform');
const PassThrough = require('internal/streams/passthrough');
const operators = require('internal/streams/operators');

module.exports = Stream;

Stream.isDestroyed = utils.isDestroyed;
Stream.isDisturbed = utils.isDisturbed;
Stream.isErrored = utils.isErrored;
Stream.isReadable = utils.isReadable;
Stream.isWritable = utils.isWritable;
Stream.Readable = Readable;
Stream.Writable = Writable;
Stream.Duplex = Duplex;
Stream.Transform = Transform;
Stream.PassThrough = PassThrough;
Stream.duplexPair = require('internal/streams/duplexpair');
Stream.pipeline = pipeline;
Stream.addAbortSignal = addAbortSignal;
Stream.finished = eos;
Stream.destroy = destroyImpl.destroyer;
Stream.compose = require('internal/streams/compose');
Stream.setDefaultHighWaterMark = setDefaultHighWaterMark;
Stream.getDefaultHighWaterMark = getDefaultHighWaterMark;

// Readable.prototype.map/filter/… as Node installs them: own, non-enumerable.
for (const key of Object.keys(operators.streamReturningOperators)) {
  const op = operators.streamReturningOperators[key];
  function fn(...args) {
    if (new.target) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    return Stream.Readable.from(Reflect.apply(op, this, args));
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Readable.prototype, key, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}
for (const key of Object.keys(operators.promiseReturningOperators)) {
  const op = operators.promiseReturningOperators[key];
  function fn(...args) {
    if (new.target) throw new (require('internal/errors').codes.ERR_ILLEGAL_CONSTRUCTOR)();
    return Reflect.apply(op, this, args);
  }
  Object.defineProperty(fn, 'name', { __proto__: null, value: op.name });
  Object.defineProperty(fn, 'length', { __proto__: null, value: op.length });
  Object.defineProperty(Readable.prototype, key, {
    __proto__: null, value: fn, enumerable: false, configurable: true, writable: true,
  });
}

let promises;
Object.defineProperty(Stream, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('stream/promises');
    return promises;
  },
});

Object.defineProperty(pipeline, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: true,
  get() { return require('stream/promises').pipeline; },
});

Object.defineProperty(eos, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  enumerable: true,
  get() { return require('stream/promises').finished; },
});

// Backwards-compatibility: require('stream').Stream is the module itself.
Stream.Stream = Stream;

Stream._isArrayBufferView = ArrayBuffer.isView;
Stream._isUint8Array = function(value) { return value instanceof Uint8Array; };
Stream._uint8ArrayToBuffer = function _uint8ArrayToBuffer(chunk) {
  const { Buffer } = require('buffer');
  return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
};
