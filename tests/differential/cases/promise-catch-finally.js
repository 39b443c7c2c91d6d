// catch() and finally() derive promises like then(): the derived promise's trigger is the
// rejected/settled parent, the handler runs with eid = the derived promise and tid = the parent.
// promiseResolve fires for a rejection too (Promise.reject, reject() in the executor, a throw in
// a handler). finally() is implemented with extra internal promises in both engines; only the
// promises the script holds are printed. finalA gets two before/after pairs: its reaction job,
// then the job that adopts the promise returned inside finally (a thenable job runs inside
// before/after of the promise being resolved), in both engines.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const ids = new WeakMap();
const names = new Map();
const trig = new Map();
const log = [];
ah.createHook({
  init(id, type, trigger, resource) { ids.set(resource, id); trig.set(id, trigger); },
  promiseResolve(id) { log.push(['promiseResolve', id]); },
  before(id) { log.push(['before', id]); },
  after(id) { log.push(['after', id]); },
}).enable();
const here = (label, own, parent) => {
  w(`${label}: eid-is-own=${ah.executionAsyncId() === ids.get(own)} tid-is-parent=${ah.triggerAsyncId() === ids.get(parent)} resource-is-own=${ah.executionAsyncResource() === own}`);
};

const rejected = Promise.reject(new Error('r'));
const caught = rejected.catch((e) => { here('catch', caught, rejected); return 'recovered'; });
const executorRejected = new Promise((resolve, reject) => reject(new Error('x')));
const throwing = executorRejected.then(null, () => { here('onRejected', throwing, executorRejected); throw new Error('again'); });
const finalA = throwing.finally(() => { here('finally', finalA, throwing); });
const swallowed = finalA.catch(() => {});
Object.entries({ rejected, caught, executorRejected, throwing, finalA, swallowed }).forEach(([k, p]) => names.set(ids.get(p), k));

setTimeout(() => {
  for (const [k, p] of Object.entries({ caught, throwing, finalA, swallowed })) {
    w(`${k}: trigger is ${names.get(trig.get(ids.get(p))) || 'unnamed'}`);
  }
  for (const [ev, id] of log) if (names.has(id)) w(`${ev} ${names.get(id)}`);
}, 10);
