// The AsyncResource overview example of the docs, run with a tracing hook: construction with
// { triggerAsyncId: executionAsyncId(), requireManualDestroy: false } emits init (trigger 1),
// runInAsyncScope(fn, thisArg, ...args) emits before/after around fn, emitDestroy() emits
// destroy (asynchronously), asyncId()/triggerAsyncId() return the ids of the init event.
'use strict';
const { AsyncResource, executionAsyncId, createHook } = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
createHook({
  init(id, type, trigger) { w(`init ${type} id=${id} trigger=${trigger} eid=${executionAsyncId()}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();
const type = 'MyResource';
const asyncResource = new AsyncResource(
  type, { triggerAsyncId: executionAsyncId(), requireManualDestroy: false },
);
function fn(...args) { w(`fn this=${JSON.stringify(this)} args=${JSON.stringify(args)} eid=${executionAsyncId()}`); return 'ret'; }
w(`runInAsyncScope returned ${asyncResource.runInAsyncScope(fn, { self: 1 }, 'a', 'b')}`);
asyncResource.emitDestroy();
w(`asyncId=${asyncResource.asyncId()} triggerAsyncId=${asyncResource.triggerAsyncId()}`);
