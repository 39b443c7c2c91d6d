// Promise.all / allSettled / race / any: the combined promise is created in the caller's
// context (trigger = executionAsyncId() of the caller, here the main script = 1); a then() on it
// runs with eid = the derived promise and tid = the combined promise. The per-element
// reactions are engine internals and are not printed.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const ids = new WeakMap();
const trig = new WeakMap();
ah.createHook({ init(id, type, trigger, resource) { ids.set(resource, id); trig.set(resource, trigger); } }).enable();

const a = Promise.resolve('a');
const b = new Promise((resolve) => setTimeout(() => resolve('b'), 5));
const c = Promise.reject(new Error('c'));
c.catch(() => {});
for (const [name, combined] of [
  ['all', Promise.all([a, b, 'plain'])],
  ['allSettled', Promise.allSettled([a, c])],
  ['race', Promise.race([b, a])],
  ['any', Promise.any([c, b])],
]) {
  w(`${name}: trigger=${trig.get(combined)} resource-is-promise=${combined instanceof Promise}`);
  const derived = combined.then((v) => {
    w(`${name} then: value=${JSON.stringify(v)} eid-is-derived=${ah.executionAsyncId() === ids.get(derived)}`
      + ` tid-is-combined=${ah.triggerAsyncId() === ids.get(combined)} trigger-of-derived-is-combined=${trig.get(derived) === ids.get(combined)}`);
  });
}
