// AsyncLocalStorage.exit(fn, ...args): getStore() is undefined inside (doc example with a
// throw: the store is back in the catch), async work started inside inherits no store, other
// instances keep theirs, args and return value pass through, exit() inside exit() is fine, and
// exit() ignores defaultValue (returns undefined, Node 26).
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const withDefault = new AsyncLocalStorage({ defaultValue: 'dflt' });
als.run('value', () => other.run('other', () => {
  try {
    console.log('before exit', als.getStore());
    als.exit(() => {
      console.log('inside exit', als.getStore(), 'other', other.getStore());
      setTimeout(() => console.log('timer from exit', als.getStore(), 'other', other.getStore()), 10);
      Promise.resolve().then(() => console.log('then from exit', als.getStore()));
      als.exit(() => console.log('exit in exit', als.getStore()));
      throw new Error('thrown in exit');
    });
  } catch (e) {
    console.log('caught', e.message, 'store', als.getStore());
  }
  console.log('exit returns', als.exit((a, b) => a * b, 6, 7));
}));
console.log('exit with defaultValue', withDefault.exit(() => withDefault.getStore()), 'outside', withDefault.getStore());
