// EventTarget, Event and CustomEvent as Node 26's lib/internal/event_target.js behaves:
// addEventListener options (once, capture, passive, signal), handler objects (`handleEvent`
// looked up at call time), duplicate (listener, capture) pairs ignored, dispatch order,
// stopImmediatePropagation, preventDefault with `cancelable`, passive listeners, errors thrown
// (or promises rejected) by listeners reported as uncaught exceptions on the next tick,
// `on<event>` handler attributes, the max-listener warning, and util.inspect shapes.
// Node's quirk is kept: an event stops being "dispatched" (eventPhase 0, currentTarget null)
// once its first listener has returned.
'use strict';

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const {
  validateAbortSignal,
  validateObject,
  validateString,
  kValidateObjectAllowObjects,
  kValidateObjectAllowObjectsAndNull,
} = require('internal/validators');
const { customInspectSymbol } = require('internal/util/inspect');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const kEvents = Symbol('kEvents');
const kHandlers = Symbol('kHandlers');
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kTrustEvent = Symbol('kTrustEvent');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kCreateEvent = Symbol('kCreateEvent');
const kHybridDispatch = Symbol('kHybridDispatch');
const kEmptyObject = Object.freeze({ __proto__: null });

let lazyInspectFn;
function inspect(value, opts) {
  lazyInspectFn ??= require('internal/util/inspect').inspect;
  return lazyInspectFn(value, opts);
}

function now() {
  const perf = globalThis.performance;
  if (perf !== undefined && typeof perf.now === 'function') return perf.now();
  return Number(process.hrtime.bigint() - startNs) / 1e6;
}
const startNs = process.hrtime.bigint();

// A child of an inspected object is printed one level deeper.
function childOptions(options) {
  return {
    ...options,
    depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
  };
}

// Event internals the dispatcher needs, reached through functions made inside the class.
let eventState;

class Event {
  #type;
  #cancelable;
  #bubbles;
  #composed;
  #defaultPrevented = false;
  #timestamp;
  #propagationStopped = false;
  #trusted;
  #target = null;
  #dispatching = false;
  #stop = false;
  #inPassive = false;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    validateObject(options, 'options', kValidateObjectAllowObjectsAndNull);
    this.#cancelable = !!options?.cancelable;
    this.#bubbles = !!options?.bubbles;
    this.#composed = !!options?.composed;
    this.#type = `${type}`;
    this.#trusted = options?.[kTrustEvent] === true;
    this.#timestamp = now();
  }

  static {
    eventState = {
      isEvent: (e) => e !== null && typeof e === 'object' && #type in e,
      begin(e, target) {
        e.#target = target;
        e.#dispatching = true;
      },
      setDispatching(e, value) { e.#dispatching = value; },
      dispatching: (e) => e.#dispatching,
      stopped: (e) => e.#stop,
      setPassive(e, value) { e.#inPassive = value; },
    };
  }

  initEvent(type, bubbles = false, cancelable = false) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  [customInspectSymbol](depth, options) {
    checkEvent(this);
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({
      type: this.#type,
      defaultPrevented: this.#cancelable && this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timestamp,
    }, childOptions(options))}`;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
    this.#stop = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this.#inPassive) return;
    this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timestamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value) this.preventDefault();
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#dispatching ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    checkEvent(this);
    return this.#trusted;
  }
}

function checkEvent(value) {
  if (!eventState.isEvent(value)) throw new ERR_INVALID_THIS('Event');
}

// Node makes the prototype members enumerable and `isTrusted` unforgeable.
for (const key of Object.getOwnPropertyNames(Event.prototype)) {
  if (key === 'constructor') continue;
  const desc = Object.getOwnPropertyDescriptor(Event.prototype, key);
  desc.enumerable = true;
  if (key === 'isTrusted') desc.configurable = false;
  Object.defineProperty(Event.prototype, key, desc);
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Event', writable: false, enumerable: false, configurable: true,
});
const phases = { NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3 };
for (const key of Object.keys(phases)) {
  Object.defineProperty(Event, key, {
    __proto__: null, value: phases[key], writable: false, enumerable: true, configurable: false,
  });
}

class CustomEvent extends Event {
  #detail;

  constructor(type, options = kEmptyObject) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!(this !== null && typeof this === 'object' && #detail in this)) {
      throw new ERR_INVALID_THIS('CustomEvent');
    }
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', {
  ...Object.getOwnPropertyDescriptor(CustomEvent.prototype, 'detail'), enumerable: true,
});
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// One registered listener: a node of the per-type linked list (root = { size, next }).
class Listener {
  constructor(previous, listener, once, capture, passive, resistStopPropagation, nodeStyle) {
    this.next = undefined;
    if (previous !== undefined) previous.next = this;
    this.previous = previous;
    this.listener = listener;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.resistStopPropagation = resistStopPropagation;
    this.isNodeStyleListener = nodeStyle;
    this.removed = false;
    if (typeof listener === 'function') {
      this.callback = listener;
    } else {
      // handleEvent is looked up at each call, with the object as `this`; as in Node, the
      // call is async, so its errors are reported as rejections (after the microtasks).
      this.callback = async (...args) => {
        if (listener.handleEvent) await Reflect.apply(listener.handleEvent, listener, args);
      };
    }
  }

  same(listener, capture) {
    return this.listener === listener && this.capture === capture;
  }

  remove() {
    if (this.previous !== undefined) this.previous.next = this.next;
    if (this.next !== undefined) this.next.previous = this.previous;
    this.removed = true;
  }
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget] === true;
}

function initEventTarget(self) {
  self[kEvents] = new Map();
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
  self[kHandlers] = new Map();
}

// true: a usable listener; false: null/undefined (ignored with a warning).
function validateEventListener(listener) {
  if (typeof listener === 'function' || typeof listener?.handleEvent === 'function') return true;
  if (listener == null) return false;
  if (typeof listener === 'object') return true;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null) return {};
  validateObject(options, 'options', kValidateObjectAllowObjects);
  return {
    once: Boolean(options.once),
    capture: Boolean(options.capture),
    passive: Boolean(options.passive),
    signal: options.signal,
    resistStopPropagation: options[kResistStopPropagation] ?? false,
    isNodeStyleListener: Boolean(options[kIsNodeStyleListener]),
  };
}

// WebIDL DOMString conversion as Node words its failure for symbols.
function toDOMString(value) {
  if (typeof value === 'symbol') {
    const err = new TypeError('Value is a Symbol and cannot be converted to a string.');
    err.code = 'ERR_INVALID_ARG_TYPE';
    throw err;
  }
  return `${value}`;
}

function emitUncaughtException(err) {
  process.nextTick(() => { throw err; });
}

class EventTarget {
  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  [kNewListener](size, type) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener]() {}

  addEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    const {
      once, capture, passive, signal, resistStopPropagation, isNodeStyleListener,
    } = listenerOptions(options);
    validateAbortSignal(signal, 'options.signal');
    if (!validateEventListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = toDOMString(type);
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, options);
      }, { __proto__: null, once: true, [kResistStopPropagation]: true });
    }
    let root = this[kEvents].get(type);
    if (root === undefined) {
      root = { size: 1, next: undefined, resistStopPropagation: Boolean(resistStopPropagation) };
      // The root acts as the list's head node.
      const node = new Listener(undefined, listener, once, capture, passive,
        Boolean(resistStopPropagation), isNodeStyleListener);
      root.next = node;
      node.previous = root;
      this[kEvents].set(type, root);
      this[kNewListener](root.size, type, listener, once, capture, passive);
      return;
    }
    let handler = root.next;
    let previous = root;
    while (handler !== undefined && !handler.same(listener, capture)) {
      previous = handler;
      handler = handler.next;
    }
    if (handler !== undefined) return; // the same (listener, capture) pair: ignored
    new Listener(previous, listener, once, capture, passive, Boolean(resistStopPropagation),
      isNodeStyleListener);
    root.size++;
    root.resistStopPropagation ||= Boolean(resistStopPropagation);
    this[kNewListener](root.size, type, listener, once, capture, passive);
  }

  removeEventListener(type, listener, options = kEmptyObject) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateEventListener(listener)) return;
    type = toDOMString(type);
    const capture = options?.capture === true || options === true;
    const root = this[kEvents].get(type);
    if (root === undefined || root.next === undefined) return;
    for (let handler = root.next; handler !== undefined; handler = handler.next) {
      if (handler.same(listener, capture)) {
        handler.remove();
        root.size--;
        if (root.size === 0) this[kEvents].delete(type);
        this[kRemoveListener](root.size, type, listener, capture);
        break;
      }
    }
  }

  dispatchEvent(event) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!(event instanceof Event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (eventState.dispatching(event)) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // The event a NodeEventTarget's emit() gives listeners that are not node-style.
  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [kHybridDispatch](nodeValue, type, event) {
    dispatch(this, type, event, nodeValue);
  }

  [customInspectSymbol](depth, options) {
    if (!isEventTarget(this)) throw new ERR_INVALID_THIS('EventTarget');
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, childOptions(options))}`;
  }
}

for (const key of ['addEventListener', 'removeEventListener', 'dispatchEvent']) {
  const desc = Object.getOwnPropertyDescriptor(EventTarget.prototype, key);
  desc.enumerable = true;
  Object.defineProperty(EventTarget.prototype, key, desc);
}
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// Runs the listeners of `type`. `event` may be undefined (a NodeEventTarget's emit): it is made
// on first need for a listener that is not node-style; node-style listeners get `nodeValue`.
function dispatch(target, type, event, nodeValue) {
  if (event !== undefined) eventState.begin(event, target);
  const root = target[kEvents].get(type);
  if (root === undefined || root.next === undefined) {
    if (event !== undefined) eventState.setDispatching(event, false);
    return;
  }
  const stopped = () => event !== undefined && eventState.stopped(event);
  let handler = root.next;
  while (handler !== undefined &&
         (root.resistStopPropagation || handler.passive || !stopped())) {
    const next = handler.next;
    if (handler.removed || (stopped() && !handler.resistStopPropagation)) {
      handler = next;
      continue;
    }
    if (handler.once) {
      handler.remove();
      root.size--;
      target[kRemoveListener](root.size, type, handler.listener, handler.capture);
    }
    let arg;
    try {
      if (handler.isNodeStyleListener) {
        arg = nodeValue;
      } else {
        if (event === undefined) {
          event = target[kCreateEvent](nodeValue, type);
          eventState.begin(event, target);
        }
        arg = event;
        if (handler.passive) eventState.setPassive(event, true);
      }
      const result = Reflect.apply(handler.callback, target, [arg]);
      if (!handler.isNodeStyleListener) eventState.setDispatching(event, false);
      if (result !== undefined && result !== null) {
        const then = result.then;
        if (typeof then === 'function') {
          Reflect.apply(then, result, [undefined, emitUncaughtException]);
        }
      }
    } catch (err) {
      emitUncaughtException(err);
    } finally {
      if (handler.passive && event !== undefined) eventState.setPassive(event, false);
    }
    handler = next;
  }
  if (event !== undefined) eventState.setDispatching(event, false);
}

// The listeners of `type` in order (events.getEventListeners for EventTargets).
function eventTargetListeners(target, type) {
  const root = target[kEvents]?.get(type);
  const out = [];
  for (let handler = root?.next; handler !== undefined; handler = handler.next) {
    out.push(handler.listener);
  }
  return out;
}

// `on<name>` attributes: the first assignment registers one listener that calls whatever
// handler the attribute holds at dispatch time.
function defineEventHandler(emitter, name, event = name) {
  const propName = `on${name}`;
  function get() {
    if (this?.[kHandlers] === undefined) throw new ERR_INVALID_THIS('EventTarget');
    return this[kHandlers].get(event)?.handler ?? null;
  }
  Object.defineProperty(get, 'name', { __proto__: null, value: `get ${propName}` });
  function set(value) {
    if (this?.[kHandlers] === undefined) throw new ERR_INVALID_THIS('EventTarget');
    let wrapped = this[kHandlers].get(event);
    if (wrapped) {
      const root = this[kEvents].get(event);
      if (typeof wrapped.handler === 'function' && root !== undefined) {
        root.size--;
        this[kRemoveListener](root.size, event, wrapped.handler, false);
      }
      wrapped.handler = value;
      if (typeof value === 'function' && root !== undefined) {
        root.size++;
        this[kNewListener](root.size, event, value, false, false, false);
      }
    } else {
      wrapped = function eventHandler(...args) {
        if (typeof wrapped.handler !== 'function') return;
        return Reflect.apply(wrapped.handler, this, args);
      };
      wrapped.handler = value;
      this.addEventListener(event, wrapped);
    }
    this[kHandlers].set(event, wrapped);
  }
  Object.defineProperty(set, 'name', { __proto__: null, value: `set ${propName}` });
  Object.defineProperty(emitter, propName, {
    __proto__: null, get, set, configurable: true, enumerable: true,
  });
}

// NodeEventTarget: an EventTarget with EventEmitter-style methods (Node's, for MessagePort-like
// objects): on/once/addListener register node-style listeners, which emit(type, value) calls
// with the value itself; other listeners get an event made for it.
function checkNodeEventTarget(self) {
  if (self?.[kIsNodeEventTarget] !== true) throw new ERR_INVALID_THIS('NodeEventTarget');
}
const kIsNodeEventTarget = Symbol('kIsNodeEventTarget');

class NodeEventTarget extends EventTarget {
  constructor() {
    super();
    this[kIsNodeEventTarget] = true;
  }

  setMaxListeners(n) {
    checkNodeEventTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeEventTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeEventTarget(this);
    return Array.from(this[kEvents].keys());
  }

  listenerCount(type) {
    checkNodeEventTarget(this);
    return this[kEvents].get(String(type))?.size ?? 0;
  }

  off(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeEventTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeEventTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeEventTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeEventTarget(this);
    if (type !== undefined) this[kEvents].delete(String(type));
    else this[kEvents].clear();
    return this;
  }
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  eventTargetListeners,
  kEvents,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  kResistStopPropagation,
  kIsEventTarget,
  kIsNodeStyleListener,
  kCreateEvent,
  kHybridDispatch,
};
