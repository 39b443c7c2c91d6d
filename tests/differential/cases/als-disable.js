// AsyncLocalStorage.disable(): getStore() is undefined afterwards in the current execution
// and in continuations that captured the same context (the frame entry is deleted in place),
// other instances are untouched, run()/enterWith() work again afterwards, disable() with a
// defaultValue falls back to it, and disabling twice is harmless.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
a.run('A', () => b.run('B', () => {
  setTimeout(() => console.log('timer scheduled before disable:', a.getStore(), b.getStore()), 5);
  Promise.resolve().then(() => console.log('then registered before disable:', a.getStore(), b.getStore()));
  process.nextTick(() => console.log('tick scheduled before disable:', a.getStore(), b.getStore()));
  a.disable();
  console.log('sync after disable:', a.getStore(), b.getStore());
  a.run('A2', () => console.log('run after disable:', a.getStore()));
  console.log('after that run:', a.getStore());
  a.disable();
}));
a.enterWith('entered again');
console.log('enterWith after disable:', a.getStore());
const d = new AsyncLocalStorage({ defaultValue: 'default' });
d.enterWith('set');
d.disable();
console.log('disabled with defaultValue:', d.getStore());
