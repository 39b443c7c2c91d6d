// Frame-model cases (Node >= 24; semantics.md 5.2): nodejs/node#53037 (enterWith after an await
// inside an awaited async function is not visible to the caller, with or without an unrelated
// hook) and nodejs/node#45848 (enterWith inside an awaited then() callback or timer does not
// flow back; enterWith in the sync part of an awaited async function does). A then() callback
// sees the context of the then() call, not of promise creation/resolution.
'use strict';
const { equal } = require('../common.js');
const { AsyncLocalStorage, createHook } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const got = {};
async function setAfterAwait() { await 1; als.enterWith('inner'); }
async function scenario() {
  als.enterWith('outer');
  await setAfterAwait();
  return als.getStore();
}
(async () => {
  got.noHook = await scenario();
  createHook({ init() {} }).enable();
  got.withHook = await scenario();
  await als.run('r', async () => {
    async function syncPart() { als.enterWith('sync-part'); }
    await syncPart();
    got.case1 = als.getStore();
    als.enterWith('r');
    await Promise.resolve().then(() => als.enterWith('then'));
    got.case3 = als.getStore();
    await new Promise((resolve) => setTimeout(() => { als.enterWith('timer'); resolve(); }, 1));
    got.case4 = als.getStore();
  });
  let resolveIt;
  const p = als.run('created', () => new Promise((r) => { resolveIt = r; }));
  const done = als.run('registered', () => p.then(() => { got.thenContext = als.getStore(); }));
  als.run('resolved', () => resolveIt());
  await done;
})();
process.on('exit', () => {
  equal('#53037 without hook', got.noHook, 'outer');
  equal('#53037 with unrelated hook', got.withHook, 'outer');
  equal('#45848 sync part of awaited fn leaks', got.case1, 'sync-part');
  equal('#45848 awaited then() does not leak', got.case3, 'r');
  equal('#45848 timer does not leak', got.case4, 'r');
  equal('then() sees registration context', got.thenContext, 'registered');
});
