// node:events — EventEmitter and the module's helpers, as Node 26's lib/events.js behaves:
// listener order, once wrappers (`listener` property), 'newListener'/'removeListener' events,
// 'error' semantics (ERR_UNHANDLED_ERROR, errorMonitor), captureRejections
// (Symbol.for('nodejs.rejection')), the max-listener leak warning, copy-on-write listener
// arrays while an emit walks them, and the static once/on/getEventListeners/getMaxListeners/
// setMaxListeners/listenerCount/addAbortListener that accept EventTargets too.
'use strict';

const {
  codes: {
    ERR_INVALID_ARG_TYPE,
    ERR_UNHANDLED_ERROR,
  },
  AbortError,
  genericNodeError,
} = require('internal/errors');
const {
  validateAbortSignal,
  validateBoolean,
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');

const kCapture = Symbol('kCapture');
const kErrorMonitor = Symbol('events.errorMonitor');
const kShapeMode = Symbol('shapeMode');
// How many emits are walking a listener array; a mutation meanwhile works on a copy.
const kEmitting = Symbol('events.emitting');
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
const kRejection = Symbol.for('nodejs.rejection');
const kEmptyObject = Object.freeze({ __proto__: null });

let defaultMaxListeners = 10;

let lazyEventTarget;
function eventTargetInternals() {
  return lazyEventTarget ??= require('internal/event_target');
}

let lazyInspectFn;
function inspect(value, opts) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, opts);
}

function checkListener(listener) {
  validateFunction(listener, 'listener');
}

function EventEmitter(opts) {
  EventEmitter.init.call(this, opts);
}

EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;

function defineStatic(name, value, enumerable = true) {
  Object.defineProperty(EventEmitter, name, {
    __proto__: null, value, writable: true, enumerable, configurable: true,
  });
}

// -- the static helpers -----------------------------------------------------------------------

function eventTargetAgnosticAddListener(emitter, name, listener, flags) {
  if (typeof emitter.on === 'function') {
    if (flags?.once) emitter.once(name, listener);
    else emitter.on(name, listener);
  } else if (typeof emitter.addEventListener === 'function') {
    emitter.addEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function eventTargetAgnosticRemoveListener(emitter, name, listener, flags) {
  if (typeof emitter.removeListener === 'function') {
    emitter.removeListener(name, listener);
  } else if (typeof emitter.removeEventListener === 'function') {
    emitter.removeEventListener(name, listener, flags);
  } else {
    throw new ERR_INVALID_ARG_TYPE('emitter', 'EventEmitter', emitter);
  }
}

function resistingOnceOptions() {
  const { kResistStopPropagation } = eventTargetInternals();
  return { __proto__: null, once: true, [kResistStopPropagation]: true };
}

// events.addAbortListener(signal, listener): runs the listener once on abort (on a microtask when
// the signal is already aborted); the result's Symbol.dispose removes it.
function addAbortListener(signal, listener) {
  if (signal === undefined) throw new ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal);
  validateAbortSignal(signal, 'signal');
  validateFunction(listener, 'listener');
  let remove;
  if (signal.aborted) {
    queueMicrotask(() => listener());
  } else {
    signal.addEventListener('abort', listener, resistingOnceOptions());
    remove = () => { signal.removeEventListener('abort', listener); };
  }
  return {
    __proto__: null,
    [Symbol.dispose]() {
      if (remove !== undefined) remove();
    },
  };
}

// events.once(emitter, name, { signal }): a promise of the next event's arguments; an 'error'
// event of an EventEmitter rejects it; an abort rejects with AbortError (cause = reason).
async function once(emitter, name, options = kEmptyObject) {
  validateObject(options, 'options');
  const { signal } = options;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      reject(err);
    };
    const resolver = (...args) => {
      if (typeof emitter.removeListener === 'function') {
        emitter.removeListener('error', errorListener);
      }
      if (signal != null) eventTargetAgnosticRemoveListener(signal, 'abort', abortListener);
      resolve(args);
    };
    eventTargetAgnosticAddListener(emitter, name, resolver, resistingOnceOptions());
    // EventTargets have no 'error' semantics: only EventEmitters are watched for it.
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
    function abortListener() {
      eventTargetAgnosticRemoveListener(emitter, name, resolver);
      eventTargetAgnosticRemoveListener(emitter, 'error', errorListener);
      reject(new AbortError(undefined, { cause: signal?.reason }));
    }
    if (signal != null) {
      eventTargetAgnosticAddListener(signal, 'abort', abortListener, resistingOnceOptions());
    }
  });
}

// A small FIFO (Node uses its FixedQueue; any queue gives the same order).
class Queue {
  constructor() {
    this.items = [];
    this.head = 0;
  }

  isEmpty() { return this.head === this.items.length; }

  push(v) { this.items.push(v); }

  shift() {
    const v = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.items.length) {
      this.items = [];
      this.head = 0;
    }
    return v;
  }
}

const kWatermarkData = Symbol.for('nodejs.watermarkData');
const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// events.on(emitter, event, options): an async iterator over the event's argument arrays.
// 'error' rejects the next read and ends it; `close` events end it; the signal aborts it;
// highWaterMark/lowWaterMark pause/resume the emitter.
function on(emitter, event, options = kEmptyObject) {
  validateObject(options, 'options');
  const signal = options.signal;
  validateAbortSignal(signal, 'options.signal');
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const highWatermark = options.highWaterMark ?? options.highWatermark ?? Number.MAX_SAFE_INTEGER;
  validateInteger(highWatermark, 'options.highWaterMark', 1);
  const lowWatermark = options.lowWaterMark ?? options.lowWatermark ?? 1;
  validateInteger(lowWatermark, 'options.lowWaterMark', 1);

  const unconsumedEvents = new Queue();
  const unconsumedPromises = new Queue();
  let paused = false;
  let error = null;
  let finished = false;
  let size = 0;
  const added = [];

  const iterator = Object.setPrototypeOf({
    next() {
      if (size) {
        const value = unconsumedEvents.shift();
        size--;
        if (paused && size < lowWatermark) {
          emitter.resume();
          paused = false;
        }
        return Promise.resolve({ done: false, value });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return closeHandler();
      return new Promise((resolve, reject) => { unconsumedPromises.push({ resolve, reject }); });
    },
    return() {
      return closeHandler();
    },
    throw(err) {
      if (!err || !(err instanceof Error)) {
        throw new ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err);
      }
      errorHandler(err);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
    [kWatermarkData]: {
      get size() { return size; },
      get low() { return lowWatermark; },
      get high() { return highWatermark; },
      get isPaused() { return paused; },
    },
  }, AsyncIteratorPrototype);

  function listen(name, handler) {
    eventTargetAgnosticAddListener(emitter, name, handler);
    added.push([name, handler]);
  }

  listen(event, function(...args) { return eventHandler(args); });
  if (event !== 'error' && typeof emitter.on === 'function') listen('error', errorHandler);
  const closeEvents = options?.close;
  if (closeEvents?.length) {
    for (let i = 0; i < closeEvents.length; i++) listen(closeEvents[i], closeHandler);
  }
  const abortDisposable = signal ? addAbortListener(signal, abortListener) : null;
  return iterator;

  function abortListener() {
    errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  }

  function eventHandler(value) {
    if (unconsumedPromises.isEmpty()) {
      size++;
      if (!paused && size > highWatermark) {
        paused = true;
        emitter.pause();
      }
      unconsumedEvents.push(value);
    } else {
      unconsumedPromises.shift().resolve({ done: false, value });
    }
  }

  function errorHandler(err) {
    if (unconsumedPromises.isEmpty()) error = err;
    else unconsumedPromises.shift().reject(err);
    closeHandler();
  }

  function closeHandler() {
    if (abortDisposable) abortDisposable[Symbol.dispose]();
    while (added.length > 0) {
      const [name, handler] = added.pop();
      eventTargetAgnosticRemoveListener(emitter, name, handler);
    }
    finished = true;
    paused = false;
    while (!unconsumedPromises.isEmpty()) {
      unconsumedPromises.shift().resolve({ done: true, value: undefined });
    }
    return Promise.resolve({ done: true, value: undefined });
  }
}

function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listeners === 'function') return emitterOrTarget.listeners(type);
  const { isEventTarget, eventTargetListeners } = eventTargetInternals();
  if (isEventTarget(emitterOrTarget)) return eventTargetListeners(emitterOrTarget, type);
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function getMaxListenersOf(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') {
    return maxListenersOf(emitterOrTarget);
  }
  if (typeof emitterOrTarget?.[kMaxEventTargetListeners] === 'number') {
    return emitterOrTarget[kMaxEventTargetListeners];
  }
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

function staticListenerCount(emitterOrTarget, type) {
  if (typeof emitterOrTarget.listenerCount === 'function') {
    return emitterOrTarget.listenerCount(type);
  }
  const { isEventTarget, eventTargetListeners } = eventTargetInternals();
  if (isEventTarget(emitterOrTarget)) return eventTargetListeners(emitterOrTarget, type).length;
  throw new ERR_INVALID_ARG_TYPE('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
}

defineStatic('addAbortListener', addAbortListener);
defineStatic('once', once);
defineStatic('on', on);
defineStatic('getEventListeners', getEventListeners);
defineStatic('getMaxListeners', getMaxListenersOf);
defineStatic('listenerCount', staticListenerCount);
defineStatic('EventEmitter', EventEmitter);
defineStatic('usingDomains', false);
defineStatic('captureRejectionSymbol', kRejection);

Object.defineProperty(EventEmitter, 'captureRejections', {
  __proto__: null,
  enumerable: true,
  get() {
    return EventEmitter.prototype[kCapture];
  },
  set(value) {
    validateBoolean(value, 'EventEmitter.captureRejections');
    EventEmitter.prototype[kCapture] = value;
  },
});

// EventEmitterAsyncResource: an EventEmitter whose listeners run in the async context of the
// resource made at construction (not the caller of emit), as Node's events module defines it.
let EventEmitterAsyncResource;
function makeEventEmitterAsyncResource() {
  const { AsyncResource } = require('internal/async_resource');
  const { validateString } = require('internal/validators');
  const kEventEmitter = Symbol('kEventEmitter');
  const kAsyncResource = Symbol('kAsyncResource');

  class EventEmitterReferencingAsyncResource extends AsyncResource {
    constructor(ee, type, options) {
      super(type, options);
      this[kEventEmitter] = ee;
    }

    get eventEmitter() {
      return this[kEventEmitter];
    }
  }

  return class EventEmitterAsyncResource extends EventEmitter {
    constructor(options = undefined) {
      let name;
      if (typeof options === 'string') {
        name = options;
        options = undefined;
      } else {
        if (new.target === EventEmitterAsyncResource) validateString(options?.name, 'options.name');
        name = options?.name || new.target.name;
      }
      super(options);
      this[kAsyncResource] = new EventEmitterReferencingAsyncResource(this, name, options);
    }

    emit(event, ...args) {
      const resource = this[kAsyncResource];
      return resource.runInAsyncScope(super.emit, this, event, ...args);
    }

    emitDestroy() {
      this[kAsyncResource].emitDestroy();
    }

    get asyncId() {
      return this[kAsyncResource].asyncId();
    }

    get triggerAsyncId() {
      return this[kAsyncResource].triggerAsyncId();
    }

    get asyncResource() {
      return this[kAsyncResource];
    }
  };
}
Object.defineProperty(EventEmitter, 'EventEmitterAsyncResource', {
  __proto__: null,
  enumerable: true,
  configurable: true,
  get() {
    return EventEmitterAsyncResource ??= makeEventEmitterAsyncResource();
  },
});

defineStatic('errorMonitor', kErrorMonitor);

Object.defineProperty(EventEmitter, 'defaultMaxListeners', {
  __proto__: null,
  enumerable: true,
  get() {
    return defaultMaxListeners;
  },
  set(n) {
    validateNumber(n, 'defaultMaxListeners', 0);
    defaultMaxListeners = n;
  },
});

Object.defineProperties(EventEmitter, {
  kMaxEventTargetListeners: {
    __proto__: null, value: kMaxEventTargetListeners, enumerable: false, configurable: false, writable: false,
  },
  kMaxEventTargetListenersWarned: {
    __proto__: null, value: kMaxEventTargetListenersWarned, enumerable: false, configurable: false, writable: false,
  },
});

// events.setMaxListeners(n, ...targets): the default limit without targets, else each
// EventEmitter's or EventTarget's own.
defineStatic('setMaxListeners', function(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  const { isEventTarget } = eventTargetInternals();
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw new ERR_INVALID_ARG_TYPE('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
});

defineStatic('init', function(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    // A subclass that set up its own _events before init keeps its shape.
    this[kShapeMode] = true;
  }
  this._maxListeners ||= undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
});

// -- captureRejections ------------------------------------------------------------------------

// A listener returned a thenable: with captureRejections on, its rejection becomes the
// emitter's Symbol.for('nodejs.rejection') call or an 'error' event, on the next tick.
function addCatch(that, promise, type, args) {
  if (!that[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      then.call(promise, undefined, (err) => {
        process.nextTick(emitUnhandledRejectionOrErr, that, err, type, args);
      });
    }
  } catch (err) {
    that.emit('error', err);
  }
}

function emitUnhandledRejectionOrErr(ee, err, type, args) {
  if (typeof ee[kRejection] === 'function') {
    ee[kRejection](err, type, ...args);
    return;
  }
  // Without this, an 'error' listener returning a rejected promise would loop forever.
  const prev = ee[kCapture];
  try {
    ee[kCapture] = false;
    ee.emit('error', err);
  } finally {
    ee[kCapture] = prev;
  }
}

// -- the prototype ----------------------------------------------------------------------------

EventEmitter.prototype.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};

function maxListenersOf(that) {
  if (that._maxListeners === undefined) return defaultMaxListeners;
  return that._maxListeners;
}

EventEmitter.prototype.getMaxListeners = function getMaxListeners() {
  return maxListenersOf(this);
};

function unhandledErrorFor(args) {
  const er = args.length > 0 ? args[0] : undefined;
  if (er instanceof Error) return er;
  let shown;
  try {
    shown = inspect(er);
  } catch {
    shown = er;
  }
  const err = new ERR_UNHANDLED_ERROR(shown);
  err.context = er;
  return err;
}

// Most emits carry at most two arguments and are not 'error': those call the listeners
// directly, without a rest array and Reflect.apply (both costly in QuickJS); the others take
// the general path (emitGeneral). A listener whose own `call` was replaced is applied.
const FunctionPrototypeCall = Function.prototype.call;
function argsOf(argc, a1, a2) {
  return argc === 1 ? [] : argc === 2 ? [a1] : [a1, a2];
}

EventEmitter.prototype.emit = function emit(type) {
  const argc = arguments.length;
  const events = this._events;
  if (argc > 3 || type === 'error' || events === undefined) {
    return Reflect.apply(emitGeneral, this, arguments);
  }
  const handler = events[type];
  if (handler === undefined) return false;
  const a1 = arguments[1];
  const a2 = arguments[2];
  if (typeof handler === 'function') {
    const result = handler.call !== FunctionPrototypeCall ?
      Reflect.apply(handler, this, argsOf(argc, a1, a2)) :
      argc === 1 ? handler.call(this) : argc === 2 ? handler.call(this, a1) : handler.call(this, a1, a2);
    if (result !== undefined && result !== null) addCatch(this, result, type, argsOf(argc, a1, a2));
  } else {
    handler[kEmitting]++;
    try {
      for (let i = 0; i < handler.length; ++i) {
        const fn = handler[i];
        const result = fn.call !== FunctionPrototypeCall ?
          Reflect.apply(fn, this, argsOf(argc, a1, a2)) :
          argc === 1 ? fn.call(this) : argc === 2 ? fn.call(this, a1) : fn.call(this, a1, a2);
        if (result !== undefined && result !== null) addCatch(this, result, type, argsOf(argc, a1, a2));
      }
    } finally {
      handler[kEmitting]--;
    }
  }
  return true;
};

function emitGeneral(type, ...args) {
  let doError = type === 'error';
  const events = this._events;
  if (events !== undefined) {
    if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
    doError &&= events.error === undefined;
  } else if (!doError) {
    return false;
  }
  if (doError) {
    throw unhandledErrorFor(args); // Unhandled 'error' event
  }

  const handler = events[type];
  if (handler === undefined) return false;
  if (typeof handler === 'function') {
    const result = Reflect.apply(handler, this, args);
    if (result !== undefined && result !== null) addCatch(this, result, type, args);
  } else {
    // Listeners added or removed meanwhile go to a copy of the array (see mutableListeners).
    handler[kEmitting]++;
    try {
      for (let i = 0; i < handler.length; ++i) {
        const result = Reflect.apply(handler[i], this, args);
        if (result !== undefined && result !== null) addCatch(this, result, type, args);
      }
    } finally {
      handler[kEmitting]--;
    }
  }
  return true;
}

function newListenerArray(items) {
  items[kEmitting] = 0;
  return items;
}

// The array to mutate for `type`: a copy when an emit is walking the current one.
function mutableListeners(events, type, list) {
  if (list[kEmitting] > 0) {
    const copy = newListenerArray(list.slice());
    if (list.warned) copy.warned = true;
    events[type] = copy;
    return copy;
  }
  return list;
}

function addListenerTo(target, type, listener, prepend) {
  checkListener(listener);
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ?? listener);
      // The 'newListener' listener may have replaced _events.
      events = target._events;
    }
    existing = events[type];
  }

  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
    return target;
  }
  if (typeof existing === 'function') {
    existing = events[type] =
      newListenerArray(prepend ? [listener, existing] : [existing, listener]);
  } else {
    existing = mutableListeners(events, type, existing);
    if (prepend) existing.unshift(listener);
    else existing.push(listener);
  }

  const m = maxListenersOf(target);
  if (m > 0 && existing.length > m && !existing.warned) {
    existing.warned = true;
    const w = genericNodeError(
      `Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} ` +
      `listeners added to ${inspect(target, { depth: -1 })}. MaxListeners is ${m}. ` +
      'Use emitter.setMaxListeners() to increase limit',
      { name: 'MaxListenersExceededWarning', emitter: target, type, count: existing.length });
    process.emitWarning(w);
  }
  return target;
}

EventEmitter.prototype.addListener = function addListener(type, listener) {
  return addListenerTo(this, type, listener, false);
};
EventEmitter.prototype.on = EventEmitter.prototype.addListener;

EventEmitter.prototype.prependListener = function prependListener(type, listener) {
  return addListenerTo(this, type, listener, true);
};

// A once listener: a wrapper that removes itself before the first call; `listener` names the
// original so listeners()/removeListener() see through it.
function onceWrap(target, type, listener) {
  let fired = false;
  function wrapper(...args) {
    if (fired) return;
    fired = true;
    target.removeListener(type, wrapper);
    return Reflect.apply(listener, target, args);
  }
  wrapper.listener = listener;
  return wrapper;
}

EventEmitter.prototype.once = function once(type, listener) {
  checkListener(listener);
  this.on(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.prependOnceListener = function prependOnceListener(type, listener) {
  checkListener(listener);
  this.prependListener(type, onceWrap(this, type, listener));
  return this;
};

EventEmitter.prototype.removeListener = function removeListener(type, listener) {
  checkListener(listener);
  const events = this._events;
  if (events === undefined) return this;
  let list = events[type];
  if (list === undefined) return this;

  if (list === listener || list.listener === listener) {
    this._eventsCount -= 1;
    if (this[kShapeMode]) events[type] = undefined;
    else if (this._eventsCount === 0) this._events = { __proto__: null };
    else delete events[type];
    if (events.removeListener !== undefined) {
      this.emit('removeListener', type, list.listener || listener);
    }
  } else if (typeof list !== 'function') {
    list = mutableListeners(events, type, list);
    let position = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (list[i] === listener || list[i].listener === listener) {
        position = i;
        break;
      }
    }
    if (position < 0) return this;
    if (position === 0) list.shift();
    else list.splice(position, 1);
    if (list.length === 1) events[type] = list[0];
    if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
  }
  return this;
};
EventEmitter.prototype.off = EventEmitter.prototype.removeListener;

EventEmitter.prototype.removeAllListeners = function removeAllListeners(type) {
  const events = this._events;
  if (events === undefined) return this;

  // Nobody listens for 'removeListener': drop the lists without emitting.
  if (events.removeListener === undefined) {
    if (arguments.length === 0) {
      this._events = { __proto__: null };
      this._eventsCount = 0;
    } else if (events[type] !== undefined) {
      if (--this._eventsCount === 0) this._events = { __proto__: null };
      else delete events[type];
    }
    this[kShapeMode] = false;
    return this;
  }

  if (arguments.length === 0) {
    for (const key of Reflect.ownKeys(events)) {
      if (key === 'removeListener') continue;
      this.removeAllListeners(key);
    }
    this.removeAllListeners('removeListener');
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
    return this;
  }

  const listeners = events[type];
  if (typeof listeners === 'function') {
    this.removeListener(type, listeners);
  } else if (listeners !== undefined) {
    // Last added goes first.
    for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
  }
  return this;
};

function listenersOf(target, type, unwrap) {
  const events = target._events;
  if (events === undefined) return [];
  const list = events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return unwrap ? [list.listener || list] : [list];
  const out = new Array(list.length);
  for (let i = 0; i < list.length; i++) out[i] = unwrap ? list[i].listener || list[i] : list[i];
  return out;
}

EventEmitter.prototype.listeners = function listeners(type) {
  return listenersOf(this, type, true);
};

EventEmitter.prototype.rawListeners = function rawListeners(type) {
  return listenersOf(this, type, false);
};

EventEmitter.prototype.listenerCount = function listenerCount(type, listener) {
  const events = this._events;
  if (events === undefined) return 0;
  const list = events[type];
  if (typeof list === 'function') {
    if (listener != null) return listener === list || listener === list.listener ? 1 : 0;
    return 1;
  }
  if (list === undefined) return 0;
  if (listener == null) return list.length;
  let matching = 0;
  for (let i = 0; i < list.length; i++) {
    if (list[i] === listener || list[i].listener === listener) matching++;
  }
  return matching;
};

EventEmitter.prototype.eventNames = function eventNames() {
  return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : [];
};

module.exports = EventEmitter;
