// AsyncLocalStorage on the async context frame (Node >= 24's
// lib/internal/async_local_storage/async_context_frame.js behaviour, the one the Node 26 docs
// describe): run/exit/enterWith/getStore/disable, options `name` and `defaultValue`, static
// bind and snapshot.
'use strict';

const AsyncContextFrame = require('internal/async_context_frame');
const { AsyncResource } = require('internal/async_resource');
const { validateObject } = require('internal/validators');

class AsyncLocalStorage {
  #defaultValue = undefined;
  #name = undefined;

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
    const frame = AsyncContextFrame.current();
    return function runInAsyncScope(fn, ...args) {
      const prior = AsyncContextFrame.exchange(frame);
      try {
        return Reflect.apply(fn, this, args);
      } finally {
        AsyncContextFrame.set(prior);
      }
    };
  }

  disable() {
    AsyncContextFrame.disable(this);
  }

  enterWith(store) {
    AsyncContextFrame.set(new AsyncContextFrame(this, store));
  }

  run(store, fn, ...args) {
    const prior = AsyncContextFrame.current();
    this.enterWith(store);
    try {
      return Reflect.apply(fn, null, args);
    } finally {
      AsyncContextFrame.set(prior);
    }
  }

  exit(fn, ...args) {
    return this.run(undefined, fn, ...args);
  }

  getStore() {
    const frame = AsyncContextFrame.current();
    if (frame === undefined || !frame.has(this)) return this.#defaultValue;
    return frame.get(this);
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

  [disposeSymbol]() {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#storage.enterWith(this.#previous);
  }
}

module.exports = { AsyncLocalStorage };
