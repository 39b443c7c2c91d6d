// AsyncLocalStorage.snapshot() and AsyncLocalStorage.bind(fn): the doc examples (snapshot
// taken in run(123) returns 123 when called inside run(321); class Foo capturing a snapshot at
// construction), snapshot passes args and this-less calls through and returns fn's value, one
// snapshot serves any number of instances, bind keeps fn's args, and both restore the caller's
// context afterwards.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const asyncLocalStorage = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const runInAsyncScope = asyncLocalStorage.run(123, () => AsyncLocalStorage.snapshot());
const result = asyncLocalStorage.run(321, () => runInAsyncScope(() => asyncLocalStorage.getStore()));
console.log(result);
class Foo {
  #runInAsyncScope = AsyncLocalStorage.snapshot();
  get() { return this.#runInAsyncScope(() => asyncLocalStorage.getStore()); }
}
const foo = asyncLocalStorage.run(123, () => new Foo());
console.log(asyncLocalStorage.run(321, () => foo.get()));

const snap = asyncLocalStorage.run('A', () => other.run('B', () => AsyncLocalStorage.snapshot()));
console.log('both instances', snap((x, y) => `${asyncLocalStorage.getStore()}/${other.getStore()}/${x + y}`, 1, 2));
console.log('snapshot name/length', JSON.stringify(snap.name), snap.length);
const bound = asyncLocalStorage.run('bound-ctx', () => AsyncLocalStorage.bind((a, b) => `${asyncLocalStorage.getStore()}:${a}${b}`));
console.log('bind', asyncLocalStorage.run('other', () => bound('x', 'y')), 'after', asyncLocalStorage.getStore());
setTimeout(() => console.log('snapshot from a timer', snap(() => asyncLocalStorage.getStore())), 1);
try {
  AsyncLocalStorage.bind(5);
} catch (e) {
  console.log('bind(5)', e.name, e.code, e.message);
}
