// AsyncLocalStorage and thenables: `await thenable` and resolving a promise with a thenable call
// its then() in a later job that runs in the context current at the await / resolve (not the
// thenable's creation context), so store reads inside then() and after the await match
// (nodejs/node#22360 family); a thenable whose then() calls back from a timer keeps the
// store for the code after the await.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const out = [];
const log = (s) => out.push(`${s}: ${als.getStore()}`);
const thenable = als.run('thenable-created', () => ({
  then(resolve) {
    log('thenable.then called');
    resolve('v');
  },
}));
const slowThenable = {
  then(resolve) {
    log('slow then called');
    setTimeout(() => { log('slow thenable timer'); resolve('slow'); }, 2);
  },
};
als.run('awaiter', async () => {
  const v = await thenable;
  log(`after await thenable (${v})`);
  const s = await slowThenable;
  log(`after await slow thenable (${s})`);
});
als.run('resolver', () => {
  new Promise((r) => r(thenable)).then(() => log('then of promise resolved with thenable'));
});
als.run('returner', () => {
  Promise.resolve().then(() => thenable).then(() => log('then after returning thenable'));
});
process.on('exit', () => console.log(out.join('\n')));
