// nodejs/node#45848 cases under the frame model (Node >= 24), all inside run('r'):
// 1. enterWith in the sync part of an awaited async function: visible after the await (it
//    ran in the caller's context);
// 2. enterWith after an await inside the awaited function: not visible;
// 3. enterWith inside a .then callback that the caller awaits: not visible (leaked under the
//    legacy hook-based ALS);
// 4. enterWith inside a timer callback that resolves the awaited promise: not visible;
// 5. enterWith inside a new Promise executor: visible (the executor runs synchronously).
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
als.run('r', async () => {
  async function syncPart() { als.enterWith('case1'); }
  await syncPart();
  console.log('case 1:', als.getStore());
  als.enterWith('r');
  async function afterAwait() { await null; als.enterWith('case2'); }
  await afterAwait();
  console.log('case 2:', als.getStore());
  await Promise.resolve().then(() => als.enterWith('case3'));
  console.log('case 3:', als.getStore());
  await new Promise((resolve) => setTimeout(() => { als.enterWith('case4'); resolve(); }, 1));
  console.log('case 4:', als.getStore());
  await new Promise((resolve) => { als.enterWith('case5'); resolve(); });
  console.log('case 5:', als.getStore());
}).then(() => console.log('then on run() result:', als.getStore()));
console.log('after run at top:', als.getStore());
