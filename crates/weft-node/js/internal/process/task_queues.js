// process.nextTick and queueMicrotask (Node's lib/internal/process/task_queues.js).
// The tick queue and its drain live in Rust (weft-node task_queue), so every tick runs through
// the runtime's scope guard; this file validates arguments and builds the resources.
'use strict';

const { queueTick, enqueueMicrotask } = internalBinding('task_queue');
const asyncWrap = internalBinding('async_wrap');
const { validateFunction } = require('internal/validators');

function nextTick(callback) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  let args;
  switch (arguments.length) {
    case 1: break;
    case 2: args = [arguments[1]]; break;
    case 3: args = [arguments[1], arguments[2]]; break;
    case 4: args = [arguments[1], arguments[2], arguments[3]]; break;
    default: args = Array.prototype.slice.call(arguments, 1);
  }
  queueTick(callback, args);
}

let AsyncResource;

function runMicrotask() {
  this.runInAsyncScope(() => {
    const callback = this.callback;
    try {
      callback();
    } finally {
      this.emitDestroy();
    }
  });
}

function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  if (asyncWrap.hooksEnabled()) {
    // With hooks enabled the microtask is an observable `Microtask` resource (Node 26 creates it
    // only then; without hooks the callback runs with no resource on the stack).
    AsyncResource ??= require('internal/async_resource').AsyncResource;
    const resource = new AsyncResource('Microtask', {
      triggerAsyncId: asyncWrap.defaultTriggerAsyncId(),
      requireManualDestroy: true,
    });
    resource.callback = callback;
    enqueueMicrotask(runMicrotask.bind(resource));
  } else {
    enqueueMicrotask(callback);
  }
}

module.exports = { nextTick, queueMicrotask };
