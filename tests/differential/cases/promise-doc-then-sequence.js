// The documented sequence for `new Promise((resolve) => resolve(true)).then((a) => {})`
// (async_hooks doc, "promiseResolve(asyncId)"): init of the executor promise (trigger 1),
// its promiseResolve, init of the then() promise (trigger = first promise), before, its
// promiseResolve (the callback's return), after. Events are buffered and only those of the two
// promises the script holds are printed, named by role, so internal promises (which differ
// between V8 and QuickJS) do not matter.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const events = [];
const resources = new Map();
const hook = ah.createHook({
  init(id, type, trigger, resource) {
    resources.set(id, resource);
    events.push({ ev: 'init', id, type, trigger, eid: ah.executionAsyncId() });
  },
  before(id) { events.push({ ev: 'before', id, eid: ah.executionAsyncId() }); },
  after(id) { events.push({ ev: 'after', id, eid: ah.executionAsyncId() }); },
  promiseResolve(id) { events.push({ ev: 'promiseResolve', id, eid: ah.executionAsyncId() }); },
}).enable();

const first = new Promise((resolve) => resolve(true));
const second = first.then((a) => {});

setTimeout(() => {
  hook.disable();
  const name = new Map();
  for (const [id, r] of resources) {
    if (r === first) name.set(id, 'first');
    if (r === second) name.set(id, 'second');
  }
  for (const e of events) {
    if (!name.has(e.id)) continue;
    const trig = e.trigger === undefined ? '' : ` trigger=${e.trigger}${name.has(e.trigger) ? ` (${name.get(e.trigger)})` : ''}`;
    w(`${e.ev} ${name.get(e.id)}${e.type ? ` ${e.type}` : ''} id=${e.id}${trig} eid=${e.eid}`);
  }
}, 10);
