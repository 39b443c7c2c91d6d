// AsyncLocalStorage on the async context frame (Node >= 24's
// lib/internal/async_local_storage/async_context_frame.js behaviour, the one the Node 26 docs
// describe): run/exit/enterWith/getStore/disable, options `name` and `defaultValue`, static
// bind and snapshot.
'use strict';

const {
  getFrame, setFrame, withEntry, withoutEntry, disable, exchange,
} = require('internal/async_context_frame');
const { AsyncResource } = require('internal/async_resource');
const { validateObject } = require('internal/validators');

class AsyncLocalStorage {
  #defaultValue = undefined;
  #name = undefined;
  // This storage's key in frames.
  #key = Symbol('AsyncLocalStorage');

  constructor(options = {}) {
    validateObject(options, 'options');
    if (options.name !== undefined) this.#name = `${options.name}`;
    this.#defaultValue = options.defaultValue;
  }

  get name() {
    return this.#name ?? '';
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const frame = getFrame();
    return function bound(fn, ...args) {
      const prior = exchange(frame);
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        setFrame(prior);
      }
    };
  }

  disable() {
    disable(this.#key);
  }

  enterWith(store) {
    setFrame(withEntry(this.#key, store));
  }

  // Like Node 26, `run` restores only this storage's own entry afterwards, so an enterWith of
  // another storage inside `fn` survives the run.
  run(store, fn, ...args) {
    const key = this.#key;
    const frame = getFrame();
    const had = frame !== undefined && key in frame;
    const prior = had ? frame[key] : undefined;
    if (Object.is(had ? prior : this.#defaultValue, store)) return Reflect.apply(fn, null, args);
    setFrame(withEntry(key, store));
    try {
      return Reflect.apply(fn, null, args);
    } finally {
      setFrame(had ? withEntry(key, prior) : withoutEntry(key));
    }
  }

  exit(fn, ...args) {
    return this.run(undefined, fn, ...args);
  }

  // Hot path: one native read of the frame and one map lookup in the common case.
  getStore() {
    const frame = getFrame();
    if (frame !== undefined) {
      const key = this.#key;
      const value = frame[key];
      if (value !== undefined || key in frame) return value;
    }
    return this.#defaultValue;
  }

  // Node 26 (experimental): enter `store` until the returned scope is disposed (`using`).
  withScope(store) {
    return new RunScope(this, store);
  }
}

const disposeSymbol = Symbol.dispose ?? Symbol.for('nodejs.dispose');

class RunScope {
  #storage;
  #previous;
  #disposed = false;

  constructor(storage, store) {
    this.#storage = storage;
    this.#previous = storage.getStore();
    storage.enterWith(store);
  }

  dispose() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#storage.enterWith(this.#previous);
  }

  [disposeSymbol]() {
    this.dispose();
  }
}

module.exports = { AsyncLocalStorage };
