// The TC39 AsyncContext proposal (Stage 2) as a global: AsyncContext.Variable and
// AsyncContext.Snapshot, sharing the frame AsyncLocalStorage uses (a Variable is one more key in
// the same immutable map). Follows the proposal's semantics: `run` restores the prior mapping in
// a finally; a Snapshot captures the whole mapping at construction.
'use strict';

const { getFrame, setFrame, withEntry, exchange } = require('internal/async_context_frame');
const { validateFunction } = require('internal/validators');

class Variable {
  #name = '';
  #defaultValue = undefined;
  #key = Symbol('AsyncContext.Variable');

  constructor(options = undefined) {
    if (options !== undefined) {
      if (options.name !== undefined) this.#name = `${options.name}`;
      this.#defaultValue = options.defaultValue;
    }
  }

  get name() {
    return this.#name;
  }

  run(value, fn, ...args) {
    const prior = exchange(withEntry(this.#key, value));
    try {
      return Reflect.apply(fn, undefined, args);
    } finally {
      setFrame(prior);
    }
  }

  get() {
    const frame = getFrame();
    if (frame === undefined || !(this.#key in frame)) return this.#defaultValue;
    return frame[this.#key];
  }
}
Object.defineProperty(Variable.prototype, Symbol.toStringTag, { value: 'AsyncContext.Variable', configurable: true });

class Snapshot {
  #frame;

  constructor() {
    this.#frame = getFrame();
  }

  run(fn, ...args) {
    const prior = exchange(this.#frame);
    try {
      return Reflect.apply(fn, undefined, args);
    } finally {
      setFrame(prior);
    }
  }

  static wrap(fn) {
    validateFunction(fn, 'fn');
    const snapshot = new Snapshot();
    function wrapped(...args) {
      return snapshot.run(() => Reflect.apply(fn, this, args));
    }
    Object.defineProperty(wrapped, 'name', { value: `wrapped ${fn.name}`, configurable: true });
    Object.defineProperty(wrapped, 'length', { value: fn.length, configurable: true });
    return wrapped;
  }
}
Object.defineProperty(Snapshot.prototype, Symbol.toStringTag, { value: 'AsyncContext.Snapshot', configurable: true });

const AsyncContext = { Variable, Snapshot };
Object.defineProperty(AsyncContext, Symbol.toStringTag, { value: 'AsyncContext', configurable: true });

module.exports = AsyncContext;
