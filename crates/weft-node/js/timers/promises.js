// node:timers/promises — promise forms of the timers (Node 26's lib/timers/promises.js):
// setTimeout(delay, value, { signal, ref }), setImmediate(value, { signal, ref }), the async
// iterator setInterval(delay, value, { signal, ref }), and scheduler.wait/yield. Each call makes
// one Timeout or Immediate resource, as Node's do. Bad arguments reject (setInterval: throws on
// first next()); an abort rejects with AbortError whose cause is the signal's reason.
'use strict';

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
  AbortError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateNumber,
  validateObject,
} = require('internal/validators');
const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');

const kScheduler = Symbol('kScheduler');
const kEmptyObject = Object.freeze({ __proto__: null });

let lazyResist;
function abortListenerOptions(once) {
  lazyResist ??= require('internal/event_target').kResistStopPropagation;
  return once ? { __proto__: null, once: true, [lazyResist]: true } :
    { __proto__: null, [lazyResist]: true };
}

function validateOptions(options) {
  validateObject(options, 'options');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  if (options.ref !== undefined) validateBoolean(options.ref, 'options.ref');
}

// Runs `start(resolve)` (which makes the resource and returns its cancel function) and wires
// the optional abort signal to cancel it.
function whenDue(signal, start) {
  let onAbort;
  const promise = new Promise((resolve, reject) => {
    const cancel = start(resolve);
    if (signal) {
      onAbort = () => {
        if (cancel()) reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions(false));
    }
  });
  if (onAbort === undefined) return promise;
  return promise.finally(() => signal.removeEventListener('abort', onAbort));
}

function setTimeout(after, value, options = kEmptyObject) {
  try {
    if (after !== undefined) validateNumber(after, 'delay');
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return whenDue(signal, (resolve) => {
    const timeout = new Timeout(resolve, after, [value], false, ref);
    return () => {
      if (timeout._destroyed) return false;
      clearTimeout(timeout);
      return true;
    };
  });
}

function setImmediate(value, options = kEmptyObject) {
  try {
    validateOptions(options);
  } catch (err) {
    return Promise.reject(err);
  }
  const { signal, ref = true } = options;
  if (signal?.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  return whenDue(signal, (resolve) => {
    const immediate = new Immediate(resolve, [value]);
    if (!ref) immediate.unref();
    return () => {
      if (immediate._destroyed) return false;
      clearImmediate(immediate);
      return true;
    };
  });
}

async function* setInterval(after, value, options = kEmptyObject) {
  if (after !== undefined) validateNumber(after, 'delay');
  validateOptions(options);
  const { signal, ref = true } = options;
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  let onAbort;
  let interval;
  try {
    // Ticks not yet handed out, and the wake-up of a consumer waiting for one.
    let pending = 0;
    let wake;
    interval = new Timeout(() => {
      pending++;
      if (wake) {
        wake();
        wake = undefined;
      }
    }, after, undefined, true, ref);
    if (signal) {
      onAbort = () => {
        stopInterval(interval);
        if (wake) {
          wake(Promise.reject(new AbortError(undefined, { cause: signal.reason })));
          wake = undefined;
        }
      };
      signal.addEventListener('abort', onAbort, abortListenerOptions(true));
    }
    while (!signal?.aborted) {
      if (pending === 0) {
        await new Promise((resolve) => { wake = resolve; });
      }
      for (; pending > 0; pending--) yield value;
    }
    throw new AbortError(undefined, { cause: signal?.reason });
  } finally {
    stopInterval(interval);
    if (signal && onAbort) signal.removeEventListener('abort', onAbort);
  }
}

function stopInterval(interval) {
  if (interval === undefined) return;
  interval._repeat = null;
  clearTimeout(interval);
}

class Scheduler {
  constructor(key) {
    if (key !== kScheduler) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this[kScheduler] = true;
  }

  yield() {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setImmediate();
  }

  wait(delay, options) {
    if (!this[kScheduler]) throw new ERR_INVALID_THIS('Scheduler');
    return setTimeout(delay, undefined, options);
  }
}

module.exports = {
  setTimeout,
  setImmediate,
  setInterval,
  scheduler: new Scheduler(kScheduler),
};
