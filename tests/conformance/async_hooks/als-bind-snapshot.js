// AsyncLocalStorage.snapshot() and .bind(fn): doc examples (123 vs 321, class Foo), all
// instances captured, args and return value passed, the caller's context restored afterwards.
'use strict';
const { equal, throws } = require('../common.js');
const { AsyncLocalStorage } = require('node:async_hooks');

const asyncLocalStorage = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const runInAsyncScope = asyncLocalStorage.run(123, () => AsyncLocalStorage.snapshot());
equal('doc snapshot example', asyncLocalStorage.run(321, () => runInAsyncScope(() => asyncLocalStorage.getStore())), 123);
class Foo {
  #runInAsyncScope = AsyncLocalStorage.snapshot();
  get() { return this.#runInAsyncScope(() => asyncLocalStorage.getStore()); }
}
const foo = asyncLocalStorage.run(123, () => new Foo());
equal('doc Foo example', asyncLocalStorage.run(321, () => foo.get()), 123);
const snap = asyncLocalStorage.run('a', () => other.run('b', () => AsyncLocalStorage.snapshot()));
equal('all instances and args', snap((x) => [asyncLocalStorage.getStore(), other.getStore(), x], 7), ['a', 'b', 7]);
equal('caller context restored', asyncLocalStorage.run('c', () => { snap(() => {}); return asyncLocalStorage.getStore(); }), 'c');
const bound = asyncLocalStorage.run('bound', () => AsyncLocalStorage.bind((x) => `${asyncLocalStorage.getStore()}${x}`));
equal('bind', bound('!'), 'bound!');
throws('bind(non-function)', () => AsyncLocalStorage.bind(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
