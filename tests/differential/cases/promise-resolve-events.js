// promiseResolve fires when a promise settles, for fulfilment AND rejection, exactly once per
// promise the script holds: resolve(value), reject(err), Promise.resolve/Promise.reject,
// resolve after a delay (fires inside the timer: eid = the Timeout), a second resolve() call
// (no event), resolve(otherPromise) (fires once, when the adopted promise settles it, inside
// the engine's internal reaction promise, not when resolve() is called), and returning from /
// throwing in a then() callback (eid = the derived promise). Only relations are printed.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const named = new Map();
const ids = new WeakMap();
const types = new Map();
const log = [];
ah.createHook({
  init(id, type, trigger, resource) { ids.set(resource, id); types.set(id, type); },
  promiseResolve(id) { log.push({ id, eid: ah.executionAsyncId() }); },
}).enable();
const name = (n, p) => { named.set(ids.get(p), n); return p; };

name('fulfilled', new Promise((r) => r(1)));
name('rejected', new Promise((_, j) => j(new Error('x')))).catch(() => {});
name('Promise.resolve', Promise.resolve(2));
name('Promise.reject', Promise.reject(new Error('y'))).catch(() => {});
name('twice', new Promise((r) => { r(1); r(2); }));
name('in-timer', new Promise((r) => { setTimeout(r, 1, 3); }));
const target = new Promise((r) => setTimeout(r, 3, 'target'));
name('target', target);
name('adopting', new Promise((r) => r(target)));
const base = Promise.resolve();
const returning = name('then-returns', base.then(() => 4));
const throwing = name('then-throws', base.then(() => { throw new Error('z'); }));
throwing.catch(() => {});

setTimeout(() => {
  for (const { id, eid } of log) {
    if (!named.has(id)) continue;
    let where;
    if (eid === 1) where = 'in main script';
    else if (eid === id) where = 'in its own reaction (eid = own id)';
    else if (named.has(eid)) where = `in ${named.get(eid)}`;
    else where = `in an unnamed ${types.get(eid)}`;
    w(`promiseResolve ${named.get(id)} ${where}`);
  }
}, 20);
