// AsyncResource (Node's lib/async_hooks.js class of the same name): a user-made resource whose
// callbacks run through the runtime's scope guard (binding.runInScope), with Node's argument
// validation and error codes.
'use strict';

const binding = internalBinding('async_wrap');
const { codes } = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');
const { async_id_symbol, trigger_async_id_symbol } = require('internal/async_hooks_symbols');

const kFrame = Symbol('kFrame');
const kDestroyed = Symbol('kDestroyed');

// Node emits `destroy` for an AsyncResource without requireManualDestroy when it is collected,
// unless emitDestroy() ran first.
const destroyOnCollect = new FinalizationRegistry(({ asyncId, state }) => {
  if (!state.destroyed) binding.queueDestroy(asyncId);
});

class AsyncResource {
  constructor(type, opts = {}) {
    validateString(type, 'type');
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ?
        binding.defaultTriggerAsyncId() : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      throw new codes.ERR_INVALID_ASYNC_ID('triggerAsyncId', triggerAsyncId);
    }
    if (type.length === 0 && binding.hooksEnabled()) {
      throw new codes.ERR_ASYNC_TYPE(type);
    }
    const asyncId = binding.newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = triggerAsyncId;
    this[kFrame] = binding.getFrame();
    this[kDestroyed] = { destroyed: false };
    if (binding.initHooksExist()) binding.emitInit(asyncId, type, triggerAsyncId, this);
    if (!requireManualDestroy && binding.destroyHooksExist()) {
      destroyOnCollect.register(this, { asyncId, state: this[kDestroyed] });
    }
  }

  runInAsyncScope(fn, thisArg, ...args) {
    return binding.runInScope(this[async_id_symbol], this[trigger_async_id_symbol], this,
      this[kFrame], fn, thisArg, args);
  }

  emitDestroy() {
    if (this[kDestroyed] !== undefined) this[kDestroyed].destroyed = true;
    binding.queueDestroy(this[async_id_symbol]);
    return this;
  }

  asyncId() {
    return this[async_id_symbol];
  }

  triggerAsyncId() {
    return this[trigger_async_id_symbol];
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    let bound;
    if (thisArg === undefined) {
      const resource = this;
      bound = function(...args) {
        args.unshift(fn, this);
        return Reflect.apply(resource.runInAsyncScope, resource, args);
      };
    } else {
      bound = this.runInAsyncScope.bind(this, fn, thisArg);
    }
    // Node 26 no longer adds the deprecated `asyncResource` property (DEP0172).
    Object.defineProperty(bound, 'length', {
      __proto__: null, configurable: true, enumerable: false, value: fn.length, writable: false,
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return (new AsyncResource(type)).bind(fn, thisArg);
  }
}

module.exports = { AsyncResource, kFrame };
