// An AsyncResource that is garbage collected gets destroy from the GC unless it was created
// with requireManualDestroy: true, and a resource on which emitDestroy() was already called is
// not destroyed a second time by the GC. Nothing is destroyed while the objects are reachable.
// diff: args=--expose-gc
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Map();
const destroyed = [];
ah.createHook({
  init(id, type) { types.set(id, type); },
  destroy(id) { if (types.get(id).startsWith('R_')) destroyed.push(types.get(id)); },
}).enable();

let auto = new ah.AsyncResource('R_AUTO');
let manual = new ah.AsyncResource('R_MANUAL', { requireManualDestroy: true });
let manualFalse = new ah.AsyncResource('R_MANUAL_FALSE', { requireManualDestroy: false });
let emitted = new ah.AsyncResource('R_EMITTED');
emitted.emitDestroy();

setTimeout(() => {
  gc();
  setTimeout(() => {
    w(`while reachable: ${JSON.stringify(destroyed)}`);
    auto = manual = manualFalse = emitted = null;
    gc();
    setTimeout(() => {
      w(`after gc: ${JSON.stringify(destroyed.slice().sort())}`);
    }, 10);
  }, 10);
}, 10);
