// Promise destroy comes only from garbage collection: a held promise gets no destroy while it
// is reachable, even after settling and after its reactions ran; once unreachable, gc() plus
// a later turn of the loop delivers destroy for it (and for its derived promise). Without a
// destroy hook nothing is tracked. Only the two named promises are printed.
// diff: args=--expose-gc
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const ids = new WeakMap();
const destroyed = new Set();
ah.createHook({
  init(id, type, trigger, resource) { ids.set(resource, id); },
  destroy(id) { destroyed.add(id); },
}).enable();

let held = Promise.resolve('v');
let derived = held.then(() => {});
const heldId = ids.get(held);
const derivedId = ids.get(derived);

setTimeout(() => {
  gc();
  setTimeout(() => {
    w(`reachable after gc: held destroyed=${destroyed.has(heldId)} derived destroyed=${destroyed.has(derivedId)}`);
    held = null;
    derived = null;
    gc();
    setTimeout(() => {
      w(`unreachable after gc: held destroyed=${destroyed.has(heldId)} derived destroyed=${destroyed.has(derivedId)}`);
    }, 10);
  }, 10);
}, 10);
