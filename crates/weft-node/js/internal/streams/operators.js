// Readable.prototype.map/filter/forEach/toArray/some/every/find/reduce/flatMap/
// drop/take (after Node's lib/internal/streams/operators.js). Stream-returning
// operators are async generators wrapped by Readable.from in stream.js; the
// others return promises. map() runs up to `concurrency` calls of fn at once
// and keeps up to `highWaterMark` finished results ahead of the consumer,
// yielding in input order; filter/forEach/some/every/find are built on it.
'use strict';

const { AbortError, codes } = require('internal/errors');
const { ERR_MISSING_ARGS, ERR_OUT_OF_RANGE } = codes;
const {
  validateAbortSignal, validateInteger, validateObject, validateFunction,
} = require('internal/validators');

// A result that is dropped (filter's misses, forEach's results).
const kEmpty = Symbol('kEmpty');
// The end of the source in map's result queue.
const kEof = Symbol('kEof');

function validateOptions(options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
}

// A signal that aborts with the user's signal (if any); what fn receives.
function derivedSignal(userSignal) {
  if (typeof AbortSignal === 'function' && typeof AbortSignal.any === 'function') {
    return AbortSignal.any(userSignal ? [userSignal] : []);
  }
  return userSignal || { aborted: false, reason: undefined };
}

function map(fn, options) {
  validateFunction(fn, 'fn');
  validateOptions(options);

  let concurrency = 1;
  if (options && options.concurrency != null) concurrency = Math.floor(options.concurrency);
  let highWaterMark = concurrency - 1;
  if (options && options.highWaterMark != null) {
    highWaterMark = Math.floor(options.highWaterMark);
  }
  validateInteger(concurrency, 'options.concurrency', 1);
  validateInteger(highWaterMark, 'options.highWaterMark', 0);
  // Results may run this far ahead of the consumer.
  highWaterMark += concurrency;

  const stream = this;
  return (async function* map() {
    const signal = derivedSignal(options && options.signal);
    const signalOpt = { signal };
    // Promises of results, in input order (then kEof).
    const queue = [];
    let wakeConsumer = null;
    let wakeProducer = null;
    let done = false;
    let running = 0;

    function maybeResumeProducer() {
      if (wakeProducer && !done && running < concurrency && queue.length < highWaterMark) {
        const fn = wakeProducer;
        wakeProducer = null;
        fn();
      }
    }
    function onSettled() {
      running -= 1;
      maybeResumeProducer();
    }
    function onFailed() {
      done = true;
      onSettled();
    }
    function notifyConsumer() {
      if (wakeConsumer) {
        const fn = wakeConsumer;
        wakeConsumer = null;
        fn();
      }
    }

    // Reads the source and starts fn on each value, pausing when enough is
    // in flight or waiting.
    async function produce() {
      try {
        for await (let value of stream) {
          if (done) return;
          if (signal.aborted) throw new AbortError();
          try {
            value = fn(value, signalOpt);
            if (value === kEmpty) continue;
            value = Promise.resolve(value);
          } catch (err) {
            value = Promise.reject(err);
          }
          running += 1;
          value.then(onSettled, onFailed);
          queue.push(value);
          notifyConsumer();
          if (!done && (queue.length >= highWaterMark || running >= concurrency)) {
            await new Promise((resolve) => { wakeProducer = resolve; });
          }
        }
        queue.push(kEof);
      } catch (err) {
        const failed = Promise.reject(err);
        failed.then(onSettled, onFailed);
        queue.push(failed);
      } finally {
        done = true;
        notifyConsumer();
      }
    }

    produce();

    try {
      while (true) {
        while (queue.length > 0) {
          const value = await queue[0];
          if (value === kEof) return;
          if (signal.aborted) throw new AbortError();
          if (value !== kEmpty) yield value;
          queue.shift();
          maybeResumeProducer();
        }
        await new Promise((resolve) => { wakeConsumer = resolve; });
      }
    } finally {
      done = true;
      if (wakeProducer) {
        const fn = wakeProducer;
        wakeProducer = null;
        fn();
      }
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

async function some(fn, options = undefined) {
  // eslint-disable-next-line no-unused-vars
  for await (const unused of filter.call(this, fn, options)) return true;
  return false;
}

async function every(fn, options = undefined) {
  validateFunction(fn, 'fn');
  return !(await some.call(this, async (...args) => !(await fn(...args)), options));
}

async function find(fn, options) {
  for await (const result of filter.call(this, fn, options)) return result;
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
  validateOptions(options);
  let hasInitialValue = arguments.length > 1;
  const userSignal = options && options.signal;
  if (userSignal && userSignal.aborted) {
    const err = new AbortError(undefined, { cause: userSignal.reason });
    this.once('error', () => {});
    await require('internal/streams/end-of-stream').finished(this.destroy(err));
    throw err;
  }
  const ac = typeof AbortController === 'function' ? new AbortController() : null;
  const signal = ac ? ac.signal : undefined;
  if (userSignal && ac) userSignal.addEventListener('abort', () => ac.abort(), { once: true });
  let gotAnyItemFromStream = false;
  try {
    for await (const value of this) {
      gotAnyItemFromStream = true;
      if (userSignal && userSignal.aborted) throw new AbortError();
      if (!hasInitialValue) {
        initialValue = value;
        hasInitialValue = true;
      } else {
        initialValue = await reducer(initialValue, value, { signal });
      }
    }
    if (!gotAnyItemFromStream && !hasInitialValue) throw new ReduceAwareErrMissingArgs();
  } finally {
    if (ac) ac.abort();
  }
  return initialValue;
}

async function toArray(options) {
  validateOptions(options);
  const result = [];
  for await (const value of this) {
    if (options && options.signal && options.signal.aborted) {
      throw new AbortError(undefined, { cause: options.signal.reason });
    }
    result.push(value);
  }
  return result;
}

function flatMap(fn, options) {
  const values = map.call(this, fn, options);
  return (async function* flatMap() {
    for await (const value of values) yield* value;
  })();
}

function toIntegerOrInfinity(number) {
  number = Number(number);
  if (Number.isNaN(number)) return 0;
  if (number < 0) throw new ERR_OUT_OF_RANGE('number', '>= 0', number);
  return number;
}

function drop(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  const aborted = () => options && options.signal && options.signal.aborted;
  return (async function* drop() {
    if (aborted()) throw new AbortError();
    for await (const value of stream) {
      if (aborted()) throw new AbortError();
      if (number-- <= 0) yield value;
    }
  })();
}

function take(number, options = undefined) {
  validateOptions(options);
  number = toIntegerOrInfinity(number);
  const stream = this;
  const aborted = () => options && options.signal && options.signal.aborted;
  return (async function* take() {
    if (aborted()) throw new AbortError();
    for await (const value of stream) {
      if (aborted()) throw new AbortError();
      if (number-- > 0) yield value;
      if (number <= 0) return;
    }
  })();
}

module.exports.streamReturningOperators = { drop, filter, flatMap, map, take };
module.exports.promiseReturningOperators = { every, forEach, reduce, toArray, some, find };
