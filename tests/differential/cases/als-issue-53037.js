// nodejs/node#53037 under the frame model (Node >= 24): enterWith() inside an async function
// AFTER its first await does not reach the caller's code after `await fn()`, and the result
// is the same whether or not an unrelated createHook() is enabled (legacy ALS differed). Also
// the sync-part variant (enterWith before the first await runs in the caller's context, so the
// caller sees it) for contrast.
'use strict';
const { AsyncLocalStorage, createHook } = require('node:async_hooks');
const als = new AsyncLocalStorage();
async function setAfterAwait() {
  await 1;
  als.enterWith('inner');
  console.log('  inside, after enterWith:', als.getStore());
}
async function setBeforeAwait() {
  als.enterWith('inner-sync');
  await 1;
  console.log('  inside, after await:', als.getStore());
}
async function scenario(label) {
  console.log(label);
  als.enterWith('outer');
  await setAfterAwait();
  console.log('  caller after await setAfterAwait():', als.getStore());
  als.enterWith('outer');
  await setBeforeAwait();
  console.log('  caller after await setBeforeAwait():', als.getStore());
}
(async () => {
  await scenario('without hook');
  createHook({ init() {} }).enable();
  await scenario('with an unrelated hook enabled');
})();
