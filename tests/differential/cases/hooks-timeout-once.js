// Hook trace of one Timeout: init (trigger = top level 1), before/after once with the
// Timeout as the current resource, then destroy.
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

setTimeout(() => w(`callback ${ctx()}`), 1);
w(`main ${ctx()}`);
