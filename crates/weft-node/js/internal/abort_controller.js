// AbortController and AbortSignal as Node 26's lib/internal/abort_controller.js behaves:
// abort(reason) with a DOMException AbortError by default, the trusted 'abort' event and
// `onabort`, throwIfAborted, AbortSignal.abort/timeout/any (a timeout is an unref'd Timeout
// aborting with a DOMException TimeoutError; an any() signal follows its sources, all of them
// marked aborted before any 'abort' event runs), and util.inspect shapes.
'use strict';

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { validateUint32, validateAbortSignal } = require('internal/validators');
const { customInspectSymbol } = require('internal/util/inspect');
const {
  Event,
  EventTarget,
  defineEventHandler,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
} = require('internal/event_target');

const kAborted = Symbol('kAborted');
const kReason = Symbol('kReason');
const kComposite = Symbol('kComposite');
const kTimeout = Symbol('kTimeout');
const kSourceSignals = Symbol('kSourceSignals');
const kDependantSignals = Symbol('kDependantSignals');
const kDontThrow = Symbol('kDontThrow');

// Timeout and composite signals with 'abort' listeners stay alive while they may still abort,
// though only weak references lead to them (as in Node).
const persistentSignals = new Set();

let lazyInspectFn;
function inspect(value, opts) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, opts);
}

function customInspect(self, obj, depth, options) {
  if (depth < 0) return self;
  const opts = { ...options, depth: options.depth === null ? null : options.depth - 1 };
  return `${self.constructor.name} ${inspect(obj, opts)}`;
}

function validateThisAbortSignal(obj) {
  if (obj?.[kAborted] === undefined) throw new ERR_INVALID_THIS('AbortSignal');
}

function webidlTypeError(message) {
  const err = new TypeError(message);
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

class AbortSignal extends EventTarget {
  constructor(dontThrow = undefined) {
    if (dontThrow !== kDontThrow) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super();
    this[kAborted] = false;
    this[kReason] = undefined;
    this[kComposite] = false;
  }

  get aborted() {
    validateThisAbortSignal(this);
    return !!this[kAborted];
  }

  get reason() {
    validateThisAbortSignal(this);
    return this[kReason];
  }

  throwIfAborted() {
    validateThisAbortSignal(this);
    if (this[kAborted]) throw this[kReason];
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { aborted: this.aborted }, depth, options);
  }

  static abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    const signal = new AbortSignal(kDontThrow);
    signal[kAborted] = true;
    signal[kReason] = reason;
    return signal;
  }

  static timeout(delay) {
    validateUint32(delay, 'delay', false);
    const signal = new AbortSignal(kDontThrow);
    signal[kTimeout] = true;
    const ref = new WeakRef(signal);
    const { setTimeout } = require('timers');
    const timer = setTimeout(() => {
      const target = ref.deref();
      if (target === undefined) return;
      persistentSignals.delete(target);
      abortSignal(target,
        new DOMException('The operation was aborted due to timeout', 'TimeoutError'));
    }, delay);
    timer.unref();
    return signal;
  }

  static any(signals) {
    if (signals === null || typeof signals !== 'object' ||
        typeof signals[Symbol.iterator] !== 'function') {
      throw webidlTypeError('signals cannot be converted to sequence.');
    }
    const list = Array.from(signals);
    for (let i = 0; i < list.length; i++) {
      try {
        validateAbortSignal(list[i], `signals[${i}]`);
      } catch {
        throw webidlTypeError(`signals[${i}] is not of type AbortSignal.`);
      }
    }
    const result = new AbortSignal(kDontThrow);
    result[kComposite] = true;
    result[kSourceSignals] = new Set();
    for (const signal of list) {
      if (signal.aborted) {
        result[kAborted] = true;
        result[kReason] = signal.reason;
        return result;
      }
    }
    const resultRef = new WeakRef(result);
    for (const signal of list) {
      // Composite sources are flattened to their own sources.
      const sources = signal[kComposite] ? signal[kSourceSignals] : [new WeakRef(signal)];
      for (const sourceRef of sources) {
        const source = sourceRef.deref();
        if (source === undefined || source.aborted) continue;
        result[kSourceSignals].add(sourceRef);
        source[kDependantSignals] ??= new Set();
        source[kDependantSignals].add(resultRef);
      }
    }
    return result;
  }

  [kNewListener](size, type, listener, once, capture, passive) {
    super[kNewListener](size, type, listener, once, capture, passive);
    if ((this[kTimeout] || this[kComposite]) && type === 'abort' && !this[kAborted]) {
      persistentSignals.add(this);
    }
  }

  [kRemoveListener](size, type, listener, capture) {
    super[kRemoveListener](size, type, listener, capture);
    if ((this[kTimeout] || this[kComposite]) && type === 'abort' && size === 0) {
      persistentSignals.delete(this);
    }
  }
}

for (const key of ['aborted']) {
  const desc = Object.getOwnPropertyDescriptor(AbortSignal.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(AbortSignal.prototype, key, desc);
}
Object.defineProperty(AbortSignal.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortSignal', writable: false, enumerable: false, configurable: true,
});
defineEventHandler(AbortSignal.prototype, 'abort');

// Collects `signal` and, depth first, every live dependant not yet aborted, marking each
// aborted with `reason`; the 'abort' events are dispatched afterwards, in that order.
function markAborted(signal, reason, out) {
  signal[kAborted] = true;
  signal[kReason] = reason;
  out.push(signal);
  const dependants = signal[kDependantSignals];
  if (dependants === undefined) return;
  for (const ref of dependants) {
    const dependant = ref.deref();
    if (dependant !== undefined && !dependant[kAborted]) markAborted(dependant, reason, out);
  }
}

function abortSignal(signal, reason) {
  if (signal[kAborted]) return;
  const order = [];
  markAborted(signal, reason, order);
  for (const s of order) {
    persistentSignals.delete(s);
    s.dispatchEvent(new Event('abort', { [kTrustEvent]: true }));
  }
}

class AbortController {
  #signal;

  get signal() {
    this.#signal ??= new AbortSignal(kDontThrow);
    return this.#signal;
  }

  abort(reason = new DOMException('This operation was aborted', 'AbortError')) {
    this.#signal ??= new AbortSignal(kDontThrow);
    abortSignal(this.#signal, reason);
  }

  [customInspectSymbol](depth, options) {
    return customInspect(this, { signal: this.signal }, depth, options);
  }
}

for (const key of ['signal', 'abort']) {
  const desc = Object.getOwnPropertyDescriptor(AbortController.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(AbortController.prototype, key, desc);
}
Object.defineProperty(AbortController.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'AbortController', writable: false, enumerable: false, configurable: true,
});

function isAbortSignal(value) {
  return value?.[kAborted] !== undefined;
}

// A fresh, not aborted signal (for built-ins that need one without a controller).
function newAbortSignal() {
  return new AbortSignal(kDontThrow);
}

module.exports = {
  AbortController,
  AbortSignal,
  abortSignal,
  isAbortSignal,
  newAbortSignal,
  kAborted,
};
