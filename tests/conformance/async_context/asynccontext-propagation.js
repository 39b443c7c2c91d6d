// Node has no AsyncContext global: this script is conformance-only (weft) and is expected to
// FAIL under the oracle. Expectations come from the TC39 AsyncContext proposal (Stage 2;
// semantics.md 5.3): one immutable mapping per agent, captured by promise jobs, await and host
// callbacks when they are scheduled and swapped in while they run, shared with
// AsyncLocalStorage (weft keeps both in the same frame).
// Checks that Variable values follow the async hops of the proposal and of the host: then
// callbacks (context of the then() call, not of promise creation or resolution), await
// continuations, thenables (the then() job runs in the awaiting context), queueMicrotask,
// setTimeout, setImmediate, process.nextTick, and that a value set inside an async function
// after an await does not leak to its caller.
'use strict';
const { equal } = require('../common.js');

const v = new AsyncContext.Variable();
const seen = {};
const mark = (k) => { seen[k] = v.get(); };
let resolveIt;
const p = v.run('created', () => new Promise((r) => { resolveIt = r; }));
v.run('registered', () => p.then(() => mark('then')));
v.run('resolved', () => resolveIt());
v.run('ctx', () => {
  queueMicrotask(() => mark('queueMicrotask'));
  setTimeout(() => mark('setTimeout'), 1);
  setImmediate(() => mark('setImmediate'));
  process.nextTick(() => mark('nextTick'));
  (async () => {
    await null;
    mark('await');
    await { then(r) { mark('thenable.then'); r(); } };
    mark('after thenable');
    await v.run('inner', async () => { await null; mark('inner after await'); });
    mark('caller after inner');
  })();
});
process.on('exit', () => {
  equal('then sees registration context', seen.then, 'registered');
  for (const k of ['queueMicrotask', 'setTimeout', 'setImmediate', 'nextTick', 'await', 'thenable.then', 'after thenable', 'caller after inner']) {
    equal(`${k}`, seen[k], 'ctx');
  }
  equal('inner run visible after its await', seen['inner after await'], 'inner');
});
