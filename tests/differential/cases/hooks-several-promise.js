// Several hooks at once with promises: three hooks (init-only, before/after-only,
// promiseResolve-only) each see the events of the callbacks they define, in registration order
// for each event, with the same ids; disabling one inside a then() callback takes effect after
// the current round. Only the held promises are printed, by name.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const names = new Map();
const ids = new WeakMap();
ah.createHook({ init(id, type, trigger, resource) { ids.set(resource, id); } }).enable();
const n = (id) => names.get(id);
const A = ah.createHook({ init(id, type, trigger) { if (n(trigger)) w(`A init child of ${n(trigger)}`); } });
const B = ah.createHook({
  before(id) { if (n(id)) w(`B before ${n(id)}`); },
  after(id) { if (n(id)) w(`B after ${n(id)}`); },
});
const C = ah.createHook({
  promiseResolve(id) { if (n(id)) w(`C promiseResolve ${n(id)}`); },
  after(id) { if (n(id)) { w(`C after ${n(id)}: disabling B`); B.disable(); } },
});
const base = Promise.resolve('v');
names.set(ids.get(base), 'base');
A.enable();
B.enable();
C.enable();
const first = base.then(() => w('first callback'));
names.set(ids.get(first), 'first');
const second = first.then(() => w('second callback'));
names.set(ids.get(second), 'second');
