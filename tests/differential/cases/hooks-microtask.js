// queueMicrotask creates a Microtask resource (trigger = current id); its callback runs
// inside before/after of that resource, then destroy. No promises are used here. (10 ms
// delay: the first turn's destroy batch must come before the timer under any load.)
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Map();
const ctx = () => `eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`;
ah.createHook({
  init(id, type, trigger) { types.set(id, type); w(`init ${type} id=${id} trigger=${trigger} ${ctx()}`); },
  before(id) { w(`before ${types.get(id)} id=${id} ${ctx()}`); },
  after(id) { w(`after ${types.get(id)} id=${id} ${ctx()}`); },
  destroy(id) { w(`destroy ${types.get(id)} id=${id} ${ctx()}`); },
}).enable();

queueMicrotask(() => {
  w(`microtask 1 ${ctx()}`);
  queueMicrotask(() => w(`microtask 1.1 ${ctx()}`));
});
setTimeout(() => {
  queueMicrotask(() => w(`microtask from timer ${ctx()}`));
}, 10);
w(`main ${ctx()}`);
