// Readable.prototype.map/filter/forEach/toArray/some/every/find/reduce/flatMap/
// drop/take (after Node's lib/internal/streams/operators.js). Stream-returning
// operators are async generators wrapped by Readable.from in stream.js; the
// others return promises. Work is done one chunk at a time: the `concurrency`
// option is validated but chunks are not processed in parallel.
'use strict';

const { AbortError, codes } = require('internal/errors');
const { ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } = codes;
const {
  validateAbortSignal, validateInteger, validateObject, validateFunction,
} = require('internal/validators');

const kEmpty = Symbol('kEmpty');

function checkOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

function checkConcurrency(options) {
  let concurrency = 1;
  if (options && options.concurrency != null) {
    concurrency = Math.floor(options.concurrency);
  }
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) highWaterMark = Math.floor(options.highWaterMark);
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
}

function throwIfAborted(signal) {
  if (signal && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  checkOptions(options);
  checkConcurrency(options);
  const signal = options && options.signal;
  const stream = this;
  return (async function* map() {
    for await (const val of stream) {
      throwIfAborted(signal);
      const result = await fn(val, { signal });
      if (result === kEmpty) continue;
      throwIfAborted(signal);
      yield result;
    }
  })();
}

function filter(fn, options) {
  validateFunction(fn, 'fn');
  async function filterFn(value, opts) {
    if (await fn(value, opts)) return value;
    return kEmpty;
  }
  return map.call(this, filterFn, options);
}

async function forEach(fn, options) {
  validateFunction(fn, 'fn');
  async function forEachFn(value, opts) {
    await fn(value, opts);
    return kEmpty;
  }
  // eslint-disable-next-line no-unused-vars
  for await (const unused of map.call(this, forEachFn, options));
}

async function toArray(options) {
  checkOptions(options);
  const signal = options && options.signal;
  const result = [];
  for await (const val of this) {
    throwIfAborted(signal);
    result.push(val);
  }
  return result;
}

async function some(fn, options) {
  validateFunction(fn, 'fn');
  checkOptions(options);
  checkConcurrency(options);
  const signal = options && options.signal;
  for await (const val of this) {
    throwIfAborted(signal);
    if (await fn(val, { signal })) return true;
  }
  return false;
}

async function every(fn, options) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  validateFunction(fn, 'fn');
  checkOptions(options);
  checkConcurrency(options);
  const signal = options && options.signal;
  for await (const val of this) {
    throwIfAborted(signal);
    if (await fn(val, { signal })) return val;
  }
  return undefined;
}

class ReduceAwareErrMissingArgs extends ERR_MISSING_ARGS {
  constructor() {
    super('reduce');
    this.message = 'Reduce of an empty stream requires an initial value';
  }
}

async function reduce(reducer, initialValue, options) {
  validateFunction(reducer, 'reducer');
  checkOptions(options);
  const signal = options && options.signal;
  let hasInitialValue = arguments.length > 1;
  throwIfAborted(signal);
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      throwIfAborted(signal);
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    if (!this.destroyed) this.destroy();
  }
  return initialValue;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const val of values) yield* val;
  })();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options) {
  checkOptions(options);
  number = toIntegerOrInfinity(number);
  const signal = options && options.signal;
  const stream = this;
  return (async function* drop() {
    throwIfAborted(signal);
    for await (const val of stream) {
      throwIfAborted(signal);
      if (number-- <= 0) yield val;
    }
    throwIfAborted(signal);
  })();
}

function take(number, options) {
  checkOptions(options);
  number = toIntegerOrInfinity(number);
  const signal = options && options.signal;
  const stream = this;
  return (async function* take() {
    throwIfAborted(signal);
    if (number <= 0) return;
    for await (const val of stream) {
      throwIfAborted(signal);
      if (number-- > 0) yield val;
      if (number <= 0) return;
    }
  })();
}


module.exports.streamReturningOperators = { drop, filter, flatMap, map, take };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
