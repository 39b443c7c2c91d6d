// Helper for worker_threads-async-ids.js: the worker's own async ids, hooks and
// AsyncLocalStorage (user resources only: ids from 5 up; lower ids are Node's internal ports).
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const { parentPort, threadId } = require('worker_threads');

const w = (s) => fs.writeSync(1, `${s}\n`);
const mine = (id) => id >= 5;
ah.createHook({
  init(id, type, trigger) {
    if (mine(id) && type !== 'PROMISE') {
      w(`[${threadId}] init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`);
    }
  },
  before(id) { if (mine(id)) w(`[${threadId}] before id=${id}`); },
  after(id) { if (mine(id)) w(`[${threadId}] after id=${id}`); },
  destroy(id) { if (mine(id)) w(`[${threadId}] destroy id=${id}`); },
}).enable();

w(`[${threadId}] top eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`);
const als = new ah.AsyncLocalStorage();
als.run({ thread: threadId }, () => {
  setTimeout(() => {
    w(`[${threadId}] timeout eid=${ah.executionAsyncId()} store=${JSON.stringify(als.getStore())}`);
    setImmediate(() => {
      w(`[${threadId}] immediate eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`);
      parentPort.postMessage('done');
    });
  }, 5);
});
