// Doc "Promise execution tracking": without any hook, a then() callback is not tracked. The doc
// says "eid 1 tid 0"; Node 26 prints eid 0 tid 0 (reactions drain after the main script's scope
// was left, so the stack is empty), also for a then() registered inside a timer callback;
// after createHook({ init() {} }).enable(), it runs with eid = the then() promise and
// tid = the Promise.resolve() promise (doc: "eid 7 tid 6"). Relations are printed against the
// ids recorded from init for the two promises the script holds.
'use strict';
const { createHook, executionAsyncId, triggerAsyncId, executionAsyncResource } = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);

setTimeout(() => Promise.resolve(1).then(() => {
  w(`untracked in timer: eid=${executionAsyncId()} tid=${triggerAsyncId()}`);
  start();
}), 1);
function start() { Promise.resolve(1729).then(() => {
  w(`untracked: eid=${executionAsyncId()} tid=${triggerAsyncId()}`);
}).then(() => {
  const ids = new WeakMap();
  createHook({ init(id, type, trigger, resource) { ids.set(resource, id); } }).enable();
  const resolved = Promise.resolve(1729);
  const derived = resolved.then(() => {
    const eid = executionAsyncId();
    const tid = triggerAsyncId();
    w(`tracked: eid=${eid} tid=${tid}`);
    w(`eid is the then() promise: ${eid === ids.get(derived)}`);
    w(`tid is the Promise.resolve() promise: ${tid === ids.get(resolved)}`);
    w(`resource is the then() promise: ${executionAsyncResource() === derived}`);
    w(`then() promise id > resolve promise id: ${ids.get(derived) > ids.get(resolved)}`);
  });
}); }
