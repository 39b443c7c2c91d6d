// A hook enabled from inside another hook's PROMISE init or promiseResolve callback joins after
// the current round: it misses the event being delivered and sees the next ones (the
// promiseResolve of the same promise, the init of the derived promise). Held promises only.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const names = new Map();
const late = ah.createHook({
  init(id, type, trigger) { w(`late init ${type} trigger=${names.get(trigger) || trigger}`); },
  promiseResolve(id) { if (names.has(id)) w(`late promiseResolve ${names.get(id)}`); },
});
const lateToo = ah.createHook({
  init(id, type, trigger) { if (names.has(trigger)) w(`lateToo init child of ${names.get(trigger)}`); },
  promiseResolve(id) { if (names.has(id)) w(`lateToo promiseResolve ${names.get(id)}`); },
});
let done = false;
ah.createHook({
  init(id, type) {
    if (type === 'PROMISE' && !done) {
      done = true;
      names.set(id, 'p');
      w('first init p: enabling late');
      late.enable();
    }
  },
  promiseResolve(id) {
    if (names.get(id) === 'p') { w('first promiseResolve p: enabling lateToo'); lateToo.enable(); }
  },
}).enable();
let resolveP;
const p = new Promise((r) => { resolveP = r; });
resolveP('x');
p.then(() => {});
