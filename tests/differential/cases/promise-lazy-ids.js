// Promises created before any hook was enabled get their ids lazily: when a then() is called
// on such a promise after enabling, the child's init carries a trigger id that was never seen
// in an init (the parent got an id on the spot, without an init event), and that id is smaller
// than the child's. Inside the callback tid is that lazily assigned id. A promise resolved
// before enabling and chained later behaves the same.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);

const early = Promise.resolve('early');
let resolveLater;
const pending = new Promise((r) => { resolveLater = r; });

const inits = new Map();
const ids = new WeakMap();
const resolves = [];
ah.createHook({
  init(id, type, trigger, resource) { inits.set(id, { type, trigger }); ids.set(resource, id); },
  promiseResolve(id) { resolves.push(id); },
}).enable();

const child = early.then((v) => {
  const tid = ah.triggerAsyncId();
  w(`child callback: value=${v} tid=${tid} tid-had-init=${inits.has(tid)} eid-is-child=${ah.executionAsyncId() === ids.get(child)}`);
});
const ci = inits.get(ids.get(child));
w(`child init: trigger=${ci.trigger} trigger-had-init=${inits.has(ci.trigger)} trigger<child=${ci.trigger < ids.get(child)} trigger-not-top=${ci.trigger > 1}`);

const second = pending.then((v) => {
  w(`second callback: value=${v} tid-had-init=${inits.has(ah.triggerAsyncId())}`);
});
const si = inits.get(ids.get(second));
w(`second init: trigger=${si.trigger} trigger-had-init=${inits.has(si.trigger)} trigger<second=${si.trigger < ids.get(second)}`);
resolveLater('late');
w(`promiseResolve for the pending promise uses its lazy id: ${resolves.includes(si.trigger)}`);
