// Timers, immediates and ticks created inside a tick, an immediate and a timer have the
// creating resource as trigger. (10 ms delays: the destroy batch of the first loop turn
// must come first, whatever the machine's load.)
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

process.nextTick(() => {
  w(`tick ${ctx()}`);
  setTimeout(() => {
    w(`timeout from tick ${ctx()}`);
    setImmediate(() => {
      w(`immediate from timeout ${ctx()}`);
      process.nextTick(() => w(`tick from immediate ${ctx()}`));
      setTimeout(() => w(`timeout from immediate ${ctx()}`), 10);
    });
  }, 10);
});
