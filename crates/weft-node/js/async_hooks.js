// node:async_hooks — createHook, the execution-context queries and asyncWrapProviders
// (Node's lib/async_hooks.js). The registry, the id stack and hook delivery live in Rust
// (weft-async-core + weft-node's async_context); this file gives them Node's API shape.
'use strict';

const binding = internalBinding('async_wrap');
const { codes } = require('internal/errors');
const { AsyncResource } = require('internal/async_resource');
const { AsyncLocalStorage } = require('internal/async_local_storage');

const kHookId = Symbol('kHookId');

class AsyncHook {
  constructor({ init, before, after, destroy, promiseResolve }) {
    if (init !== undefined && typeof init !== 'function') throw new codes.ERR_ASYNC_CALLBACK('hook.init');
    if (before !== undefined && typeof before !== 'function') throw new codes.ERR_ASYNC_CALLBACK('hook.before');
    if (after !== undefined && typeof after !== 'function') throw new codes.ERR_ASYNC_CALLBACK('hook.after');
    if (destroy !== undefined && typeof destroy !== 'function') throw new codes.ERR_ASYNC_CALLBACK('hook.destroy');
    if (promiseResolve !== undefined && typeof promiseResolve !== 'function') {
      throw new codes.ERR_ASYNC_CALLBACK('hook.promiseResolve');
    }
    Object.defineProperty(this, kHookId, {
      value: binding.registerHook(this, init, before, after, destroy, promiseResolve),
    });
  }

  enable() {
    binding.enableHook(this[kHookId]);
    return this;
  }

  disable() {
    binding.disableHook(this[kHookId]);
    return this;
  }
}

function createHook(fns) {
  return new AsyncHook(fns);
}

const asyncWrapProviders = Object.freeze({ __proto__: null, ...binding.providers });

module.exports = {
  AsyncHook,
  createHook,
  executionAsyncId: binding.executionAsyncId,
  triggerAsyncId: binding.triggerAsyncId,
  executionAsyncResource: binding.executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
  AsyncLocalStorage,
};
