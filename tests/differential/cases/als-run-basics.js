// AsyncLocalStorage.run(store, fn, ...args): store visible inside and in async work started
// there (doc example with a 200 ms timer shortened), not outside; returns fn's value; passes
// args; a throw propagates and the previous store is back in the catch (doc example); nested
// run shadows and restores; run with the current store calls fn directly; stores of any type.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const store = { id: 2 };
try {
  als.run(store, () => {
    console.log('inside run', als.getStore() === store);
    setTimeout(() => console.log('timer from run', als.getStore() === store), 10);
    throw new Error('thrown in run');
  });
} catch (e) {
  console.log('caught', e.message, 'store now', als.getStore());
}
console.log('returns', als.run('s', (a, b) => `${als.getStore()}:${a + b}`, 1, 2));
als.run('outer', () => {
  als.run('inner', () => console.log('nested', als.getStore()));
  console.log('restored', als.getStore());
  als.run('outer', () => console.log('same value', als.getStore()));
});
for (const v of [0, '', null, false, NaN, Symbol.for('s'), 10n]) {
  als.run(v, () => console.log('store of type', typeof v, String(als.getStore())));
}
console.log('after all', als.getStore());
