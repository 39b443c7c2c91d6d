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

// getStore() is native (internalBinding('als')): it reads these two internal properties, so
// they are plain (non-enumerable) symbol-keyed properties rather than private fields.
const kFrameKey = Symbol('kFrameKey');
const kDefaultValue = Symbol('kDefaultValue');
const alsBinding = internalBinding('als');
alsBinding.registerKeys(kFrameKey, kDefaultValue);

class AsyncLocalStorage {
  #name = undefined;

  constructor(options = {}) {
    validateObject(options, 'options');
    if (options.name !== undefined) this.#name = `${options.name}`;
    // This storage's key in frames, and its default store.
    Object.defineProperty(this, kFrameKey, { __proto__: null, value: Symbol('AsyncLocalStorage') });
    Object.defineProperty(this, kDefaultValue, { __proto__: null, value: options.defaultValue });
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
    disable(this[kFrameKey]);
  }

  enterWith(store) {
    setFrame(withEntry(this[kFrameKey], store));
  }

  // Like Node 26, `run` restores only this storage's own entry afterwards, so an enterWith of
  // another storage inside `fn` survives the run.
  run(store, fn, ...args) {
    const key = this[kFrameKey];
    const frame = getFrame();
    const had = frame !== undefined && key in frame;
    const prior = had ? frame[key] : undefined;
    if (Object.is(had ? prior : this[kDefaultValue], store)) return Reflect.apply(fn, null, args);
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

  // Replaced below by the native implementation (kept here for the prototype's key order).
  getStore() {}

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

// Installed on the prototype like any method (same name, length 0), but native.
Object.defineProperty(AsyncLocalStorage.prototype, 'getStore', {
  __proto__: null, value: alsBinding.getStore, writable: true, configurable: true, enumerable: false,
});

module.exports = { AsyncLocalStorage };
