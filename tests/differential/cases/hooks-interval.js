// setInterval keeps one async id: three before/after pairs with the same id, then one
// destroy after clearInterval (queued from inside the third callback).
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

let n = 0;
const iv = setInterval(() => {
  w(`interval run ${++n} ${ctx()}`);
  if (n === 3) clearInterval(iv);
}, 2);
