// Node has no AsyncContext global: this script is conformance-only (weft) and is expected to
// FAIL under the oracle. Expectations come from the TC39 AsyncContext proposal (Stage 2;
// semantics.md 5.3): one immutable mapping per agent, captured by promise jobs, await and host
// callbacks when they are scheduled and swapped in while they run, shared with
// AsyncLocalStorage (weft keeps both in the same frame).
// Checks that AsyncContext and AsyncLocalStorage share one frame: an AsyncContext.Snapshot
// captures AsyncLocalStorage stores and AsyncLocalStorage.snapshot() captures Variable values;
// an AsyncResource created inside Variable.run restores that value in runInAsyncScope; values
// of both kinds travel together through a timer and an await.
'use strict';
const { equal } = require('../common.js');
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');

const v = new AsyncContext.Variable();
const als = new AsyncLocalStorage();
const both = () => [v.get(), als.getStore()];
const ctxSnap = v.run('V', () => als.run('S', () => new AsyncContext.Snapshot()));
equal('AsyncContext.Snapshot captures ALS', ctxSnap.run(both), ['V', 'S']);
const alsSnap = v.run('V2', () => als.run('S2', () => AsyncLocalStorage.snapshot()));
equal('AsyncLocalStorage.snapshot captures Variable', alsSnap(both), ['V2', 'S2']);
const res = v.run('V3', () => new AsyncResource('R'));
equal('AsyncResource restores Variable', res.runInAsyncScope(() => v.get()), 'V3');
const seen = {};
v.run('V4', () => als.run('S4', () => {
  setTimeout(() => { seen.timer = both(); }, 1);
  (async () => { await null; seen.await = both(); })();
}));
process.on('exit', () => {
  equal('timer carries both', seen.timer, ['V4', 'S4']);
  equal('await carries both', seen.await, ['V4', 'S4']);
});
