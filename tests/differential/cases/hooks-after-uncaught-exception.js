// When a callback throws and an 'uncaughtException' listener handles it, the resource's
// `after` hook runs AFTER the listener (doc: HookCallbacks.after), the listener itself runs
// with the throwing resource still current (eid = the Timeout), and the loop continues.
// Checked for a Timeout, an Immediate and a then() callback (whose rejection is handled, so
// no uncaughtException there: after follows the callback directly). After a handled
// uncaughtException Node also queues an internal setImmediate(noop) (trigger = the throwing
// resource, created after the listener, before `after`), so that Immediate's init/before/after
// belong to the expected trace.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Map();
ah.createHook({
  init(id, type, trigger) {
    types.set(id, type);
    if (type === 'Immediate') w(`init Immediate id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`);
  },
  before(id) { if (types.get(id) !== 'TickObject') w(`before ${types.get(id)} id=${id}`); },
  after(id) { if (types.get(id) !== 'TickObject') w(`after ${types.get(id)} id=${id}`); },
}).enable();
process.on('uncaughtException', (err, origin) => {
  w(`uncaughtException ${err.message} origin=${origin} eid=${ah.executionAsyncId()} type=${types.get(ah.executionAsyncId())}`);
});
setTimeout(() => {
  w('timer throws');
  throw new Error('from timer');
}, 1);
setTimeout(() => {
  setImmediate(() => {
    w('immediate throws');
    throw new Error('from immediate');
  });
}, 10);
setTimeout(() => {
  Promise.resolve().then(() => { w('then throws'); throw new Error('from then'); }).catch((e) => w(`caught ${e.message}`));
}, 20);
