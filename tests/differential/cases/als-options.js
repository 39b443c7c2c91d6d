// AsyncLocalStorage constructor options (Node >= 24): `name` (default "", converted to a
// string) and `defaultValue` (returned by getStore() when the instance has no entry in the
// current context; run(undefined) and exit() set an undefined entry, so they return undefined,
// not the default); non-object options throw ERR_INVALID_ARG_TYPE.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const plain = new AsyncLocalStorage();
console.log('name default', JSON.stringify(plain.name), 'store', plain.getStore());
const named = new AsyncLocalStorage({ name: 'requests', defaultValue: { id: 0 } });
console.log('name', named.name, 'default', JSON.stringify(named.getStore()), 'same object', named.getStore() === named.getStore());
console.log('in run', named.run({ id: 1 }, () => JSON.stringify(named.getStore())));
console.log('run(undefined)', named.run(undefined, () => named.getStore()));
console.log('run(null)', named.run(null, () => named.getStore()));
console.log('exit', named.exit(() => named.getStore()));
setTimeout(() => console.log('timer at top', JSON.stringify(named.getStore())), 1);
console.log('name 5 ->', typeof new AsyncLocalStorage({ name: 5 }).name, new AsyncLocalStorage({ name: 5 }).name);
console.log('name descriptor', JSON.stringify(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(named), 'name') ? 'accessor on prototype' : Object.keys(named).includes('name') ? 'own enumerable' : 'own non-enumerable'));
for (const bad of [5, 'str', null, true]) {
  try {
    new AsyncLocalStorage(bad);
    console.log('options', String(bad), 'accepted');
  } catch (e) {
    console.log('options', String(bad), e.name, e.code, e.message);
  }
}
