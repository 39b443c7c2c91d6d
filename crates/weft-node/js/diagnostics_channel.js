// node:diagnostics_channel — named pub/sub channels as Node 26's lib/diagnostics_channel.js
// behaves: channel(name) returns the same Channel while it lives (held weakly, strongly while
// it has subscribers or bound stores); a Channel switches to the ActiveChannel prototype on its
// first subscriber or store and back when the last goes; publish() calls subscribers with
// (message, name), a throwing subscriber is reported as an uncaught exception on the next tick
// and the others still run; bindStore/runStores enter AsyncLocalStorage stores (through their
// withScope) around the publish and the call; BoundedChannel (start/end) and TracingChannel
// (start/end/asyncStart/asyncEnd/error) with traceSync/tracePromise/traceCallback.
'use strict';

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { validateFunction } = require('internal/validators');

const kEmptyObject = Object.freeze({ __proto__: null });

// Node's internal Map subclass; its name shows in util.inspect of an active channel.
class SafeMap extends Map {}

// name -> { ref: WeakRef<Channel>, strong: Channel | undefined, count }.
const registry = new Map();
const cleanup = typeof FinalizationRegistry === 'function' ?
  new FinalizationRegistry((name) => {
    const entry = registry.get(name);
    if (entry !== undefined && entry.ref.deref() === undefined) registry.delete(name);
  }) : undefined;

const channels = {
  get(name) {
    return registry.get(name)?.ref.deref();
  },
  set(name, channel) {
    registry.set(name, { ref: new WeakRef(channel), strong: undefined, count: 0 });
    if (cleanup !== undefined) cleanup.register(channel, name);
  },
  incRef(name) {
    const entry = registry.get(name);
    if (entry === undefined) return;
    if (entry.count++ === 0) entry.strong = entry.ref.deref();
  },
  decRef(name) {
    const entry = registry.get(name);
    if (entry === undefined) return;
    if (--entry.count === 0) entry.strong = undefined;
  },
};

function reportUncaught(err) {
  process.nextTick(() => { throw err; });
}

function markActive(channel) {
  Object.setPrototypeOf(channel, ActiveChannel.prototype);
  channel._subscribers = [];
  channel._stores = new SafeMap();
}

// Back to the inactive prototype once nothing is subscribed or bound.
function maybeMarkInactive(channel) {
  if (!channel._subscribers.length && !channel._stores.size) {
    Object.setPrototypeOf(channel, Channel.prototype);
    channel._subscribers = undefined;
    channel._stores = undefined;
  }
}

// Enters each bound store (transform applied to the message) in binding order, then publishes;
// disposing leaves the stores in reverse order.
class RunStoresScope {
  #scopes = [];
  #disposed = false;

  constructor(activeChannel, data) {
    const stores = activeChannel._stores;
    try {
      if (stores) {
        for (const [store, transform] of stores) {
          let context = data;
          if (transform) {
            try {
              context = transform(data);
            } catch (err) {
              reportUncaught(err);
              continue;
            }
          }
          this.#scopes.push(store.withScope(context));
        }
      }
      activeChannel.publish(data);
    } catch (err) {
      this[Symbol.dispose]();
      throw err;
    }
  }

  [Symbol.dispose]() {
    if (this.#disposed) return;
    this.#disposed = true;
    for (let i = this.#scopes.length - 1; i >= 0; i--) this.#scopes[i][Symbol.dispose]();
  }
}

class ActiveChannel {
  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    // A new array, so a publish in progress keeps walking the old one.
    this._subscribers = [...this._subscribers, subscription];
    channels.incRef(this.name);
  }

  unsubscribe(subscription) {
    const index = this._subscribers.indexOf(subscription);
    if (index === -1) return false;
    this._subscribers = [
      ...this._subscribers.slice(0, index), ...this._subscribers.slice(index + 1)];
    channels.decRef(this.name);
    maybeMarkInactive(this);
    return true;
  }

  bindStore(store, transform) {
    if (!this._stores.has(store)) channels.incRef(this.name);
    this._stores.set(store, transform);
  }

  unbindStore(store) {
    if (!this._stores.has(store)) return false;
    this._stores.delete(store);
    channels.decRef(this.name);
    maybeMarkInactive(this);
    return true;
  }

  get hasSubscribers() {
    return true;
  }

  publish(data) {
    const subscribers = this._subscribers;
    for (let i = 0; i < (subscribers?.length || 0); i++) {
      try {
        const onMessage = subscribers[i];
        onMessage(data, this.name);
      } catch (err) {
        reportUncaught(err);
      }
    }
  }

  withStoreScope(data) {
    return new RunStoresScope(this, data);
  }

  runStores(data, fn, thisArg, ...args) {
    const scope = this.withStoreScope(data);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      scope[Symbol.dispose]();
    }
  }
}

class Channel {
  constructor(name) {
    this._subscribers = undefined;
    this._stores = undefined;
    this.name = name;
    this._index = undefined;
    channels.set(name, this);
  }

  static [Symbol.hasInstance](instance) {
    const prototype = Object.getPrototypeOf(instance);
    return prototype === Channel.prototype || prototype === ActiveChannel.prototype;
  }

  subscribe(subscription) {
    validateFunction(subscription, 'subscription');
    markActive(this);
    this.subscribe(subscription);
  }

  unsubscribe() {
    return false;
  }

  bindStore(store, transform) {
    markActive(this);
    this.bindStore(store, transform);
  }

  unbindStore() {
    return false;
  }

  get hasSubscribers() {
    return false;
  }

  publish() {}

  runStores(data, fn, thisArg, ...args) {
    return Reflect.apply(fn, thisArg, args);
  }

  withStoreScope() {
    return { [Symbol.dispose]() {} };
  }
}

function channel(name) {
  const existing = channels.get(name);
  if (existing) return existing;
  if (typeof name !== 'string' && typeof name !== 'symbol') {
    throw new ERR_INVALID_ARG_TYPE('channel', ['string', 'symbol'], name);
  }
  return new Channel(name);
}

function subscribe(name, subscription) {
  return channel(name).subscribe(subscription);
}

function unsubscribe(name, subscription) {
  return channel(name).unsubscribe(subscription);
}

function hasSubscribers(name) {
  const existing = channels.get(name);
  if (!existing) return false;
  return existing.hasSubscribers;
}

const boundedEvents = ['start', 'end'];

function assertChannel(value, name) {
  if (!(value instanceof Channel)) throw new ERR_INVALID_ARG_TYPE(name, ['Channel'], value);
}

function emitNonThenableWarning(fn) {
  process.emitWarning(`tracePromise was called with the function '${fn.name || '<anonymous>'}', ` +
    'which returned a non-thenable.');
}

// One sub-channel of a bounded/tracing channel: `tracing:<name>:<event>` for a string name,
// else the Channel the object gives.
function channelFromMap(nameOrChannels, name, className) {
  if (typeof nameOrChannels === 'string') return channel(`tracing:${nameOrChannels}:${name}`);
  if (typeof nameOrChannels === 'object' && nameOrChannels !== null) {
    const ch = nameOrChannels[name];
    assertChannel(ch, `nameOrChannels.${name}`);
    return ch;
  }
  throw new ERR_INVALID_ARG_TYPE('nameOrChannels', ['string', 'object', className], nameOrChannels);
}

// start is published (inside the start channel's stores) on entry, end on dispose, before the
// stores are left; nothing happens without subscribers at entry.
class BoundedChannelScope {
  #context;
  #end;
  #scope;

  constructor(boundedChannel, context) {
    if (!boundedChannel.hasSubscribers) return;
    this.#context = context;
    this.#end = boundedChannel.end;
    this.#scope = new RunStoresScope(boundedChannel.start, context);
  }

  [Symbol.dispose]() {
    if (!this.#scope) return;
    this.#end.publish(this.#context);
    this.#scope[Symbol.dispose]();
    this.#scope = undefined;
  }
}

class BoundedChannel {
  constructor(nameOrChannels) {
    for (const eventName of boundedEvents) {
      Object.defineProperty(this, eventName, {
        __proto__: null,
        value: channelFromMap(nameOrChannels, eventName, 'BoundedChannel'),
      });
    }
  }

  get hasSubscribers() {
    return this.start?.hasSubscribers || this.end?.hasSubscribers;
  }

  subscribe(handlers) {
    for (const name of boundedEvents) {
      if (!handlers[name]) continue;
      this[name]?.subscribe(handlers[name]);
    }
  }

  unsubscribe(handlers) {
    let done = true;
    for (const name of boundedEvents) {
      if (!handlers[name]) continue;
      if (!this[name]?.unsubscribe(handlers[name])) done = false;
    }
    return done;
  }

  withScope(context = kEmptyObject) {
    return new BoundedChannelScope(this, context);
  }

  run(context, fn, thisArg, ...args) {
    context ??= {};
    const scope = this.withScope(context);
    try {
      return Reflect.apply(fn, thisArg, args);
    } finally {
      scope[Symbol.dispose]();
    }
  }
}

function inScope(scope, fn) {
  try {
    return fn();
  } finally {
    scope[Symbol.dispose]();
  }
}

class TracingChannel {
  #callWindow;
  #continuationWindow;

  constructor(nameOrChannels) {
    if (typeof nameOrChannels === 'string') {
      this.#callWindow = new BoundedChannel(nameOrChannels);
      this.#continuationWindow = new BoundedChannel({
        start: channel(`tracing:${nameOrChannels}:asyncStart`),
        end: channel(`tracing:${nameOrChannels}:asyncEnd`),
      });
    } else if (typeof nameOrChannels === 'object') {
      this.#callWindow = new BoundedChannel({
        start: nameOrChannels.start,
        end: nameOrChannels.end,
      });
      this.#continuationWindow = new BoundedChannel({
        start: nameOrChannels.asyncStart,
        end: nameOrChannels.asyncEnd,
      });
    }
    Object.defineProperty(this, 'error', {
      __proto__: null,
      value: channelFromMap(nameOrChannels, 'error', 'TracingChannel'),
    });
  }

  get start() {
    return this.#callWindow.start;
  }

  get end() {
    return this.#callWindow.end;
  }

  get asyncStart() {
    return this.#continuationWindow.start;
  }

  get asyncEnd() {
    return this.#continuationWindow.end;
  }

  get hasSubscribers() {
    return this.#callWindow.hasSubscribers ||
      this.#continuationWindow.hasSubscribers ||
      this.error?.hasSubscribers;
  }

  subscribe(handlers) {
    if (handlers.start || handlers.end) {
      this.#callWindow.subscribe({ start: handlers.start, end: handlers.end });
    }
    if (handlers.asyncStart || handlers.asyncEnd) {
      this.#continuationWindow.subscribe({ start: handlers.asyncStart, end: handlers.asyncEnd });
    }
    if (handlers.error) this.error.subscribe(handlers.error);
  }

  unsubscribe(handlers) {
    let done = true;
    if (handlers.start || handlers.end) {
      if (!this.#callWindow.unsubscribe({ start: handlers.start, end: handlers.end })) {
        done = false;
      }
    }
    if (handlers.asyncStart || handlers.asyncEnd) {
      if (!this.#continuationWindow.unsubscribe({
        start: handlers.asyncStart, end: handlers.asyncEnd,
      })) {
        done = false;
      }
    }
    if (handlers.error) {
      if (!this.error.unsubscribe(handlers.error)) done = false;
    }
    return done;
  }

  traceSync(fn, context = undefined, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    if (context === undefined) context = { __proto__: null };
    const { error } = this;
    return inScope(this.#callWindow.withScope(context), () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        context.result = result;
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      }
    });
  }

  tracePromise(fn, context = undefined, thisArg, ...args) {
    if (!this.hasSubscribers) {
      const result = Reflect.apply(fn, thisArg, args);
      if (typeof result?.then !== 'function') emitNonThenableWarning(fn);
      return result;
    }
    if (context === undefined) context = { __proto__: null };
    const { error } = this;
    const continuationWindow = this.#continuationWindow;

    // asyncStart and asyncEnd are both published when the promise settles.
    function onReject(err) {
      context.error = err;
      error.publish(context);
      continuationWindow.withScope(context)[Symbol.dispose]();
    }
    function onRejectWithRethrow(err) {
      onReject(err);
      throw err;
    }
    function onResolve(result) {
      context.result = result;
      continuationWindow.withScope(context)[Symbol.dispose]();
      return result;
    }

    return inScope(this.#callWindow.withScope(context), () => {
      try {
        const result = Reflect.apply(fn, thisArg, args);
        if (typeof result?.then !== 'function') {
          emitNonThenableWarning(fn);
          context.result = result;
          return result;
        }
        // A native promise is chained; another thenable is watched and returned as it is.
        if (result instanceof Promise && Object.getPrototypeOf(result) === Promise.prototype) {
          return Promise.prototype.then.call(result, onResolve, onRejectWithRethrow);
        }
        result.then(onResolve, onReject);
        return result;
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      }
    });
  }

  traceCallback(fn, position = -1, context = kEmptyObject, thisArg, ...args) {
    if (!this.hasSubscribers) return Reflect.apply(fn, thisArg, args);
    const { error } = this;
    const continuationWindow = this.#continuationWindow;

    function wrappedCallback(err, res) {
      if (err) {
        context.error = err;
        error.publish(context);
      } else {
        context.result = res;
      }
      // asyncStart before the callback, asyncEnd after it.
      return inScope(continuationWindow.withScope(context),
        () => Reflect.apply(callback, this, arguments));
    }

    const callback = args.at(position);
    validateFunction(callback, 'callback');
    args.splice(position, 1, wrappedCallback);

    return inScope(this.#callWindow.withScope(context), () => {
      try {
        return Reflect.apply(fn, thisArg, args);
      } catch (err) {
        context.error = err;
        error.publish(context);
        throw err;
      }
    });
  }
}

function tracingChannel(nameOrChannels) {
  return new TracingChannel(nameOrChannels);
}

function boundedChannel(nameOrChannels) {
  return new BoundedChannel(nameOrChannels);
}

module.exports = {
  channel,
  hasSubscribers,
  subscribe,
  tracingChannel,
  unsubscribe,
  boundedChannel,
  Channel,
  BoundedChannel,
};
