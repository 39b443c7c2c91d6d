// A hook enabled inside a then() callback: it never saw that reaction's before, and its
// after is still delivered for the running promise (Node pops only when the top of the stack
// is that promise, nothing breaks); later reactions are fully traced. A hook disabled inside a
// then() callback gets no after for it. Only events of held promises are printed, by name.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const names = new Map();
const ids = new WeakMap();
ah.createHook({ init(id, type, trigger, resource) { ids.set(resource, id); } }).enable();
const label = (id) => names.get(id) || null;
const mk = (tag) => ah.createHook({
  init(id, type, trigger, resource) { if (label(trigger)) w(`${tag} init child of ${label(trigger)}`); },
  before(id) { if (label(id)) w(`${tag} before ${label(id)}`); },
  after(id) { if (label(id)) w(`${tag} after ${label(id)}`); },
  promiseResolve(id) { if (label(id)) w(`${tag} promiseResolve ${label(id)}`); },
});
const late = mk('late');
const early = mk('early').enable();

const p0 = Promise.resolve();
const p1 = p0.then(() => {
  w('p1 callback: enabling late, disabling early');
  late.enable();
  early.disable();
});
const p2 = p1.then(() => { w(`p2 callback eid-is-p2=${ah.executionAsyncId() === ids.get(p2)}`); });
names.set(ids.get(p0), 'p0');
names.set(ids.get(p1), 'p1');
names.set(ids.get(p2), 'p2');
