// A then() chain p0 -> p1 -> p2 -> p3: each derived promise's init trigger is its parent's id,
// each callback runs with eid = its own derived promise, tid = the parent, and
// executionAsyncResource() = the derived promise; the value flows down the chain. Only
// promises the script holds are printed (ids via a WeakMap filled by init), so internal
// promises of the engine do not count.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const ids = new WeakMap();
const trig = new WeakMap();
ah.createHook({
  init(id, type, trigger, resource) { ids.set(resource, id); trig.set(resource, trigger); },
}).enable();

const chain = [];
const report = (i, v) => {
  const me = chain[i];
  w(`callback ${i}: value=${v} eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`
    + ` eid-is-own=${ah.executionAsyncId() === ids.get(me)}`
    + ` tid-is-parent=${ah.triggerAsyncId() === ids.get(chain[i - 1])}`
    + ` resource-is-own=${ah.executionAsyncResource() === me}`);
};
chain[0] = Promise.resolve(1);
chain[1] = chain[0].then((v) => { report(1, v); return v + 1; });
chain[2] = chain[1].then((v) => { report(2, v); return v + 1; });
chain[3] = chain[2].then((v) => { report(3, v); });
for (let i = 0; i < 4; i++) {
  const p = chain[i];
  const t = trig.get(p);
  const parent = chain.findIndex((q) => ids.get(q) === t);
  w(`p${i} id=${ids.get(p)} trigger=${t} parent=${parent === -1 ? 'none' : `p${parent}`}`);
}
