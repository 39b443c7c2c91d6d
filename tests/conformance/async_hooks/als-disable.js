// AsyncLocalStorage.disable(): getStore() undefined afterwards (or defaultValue), also in
// continuations scheduled before disable() from the same context (the frame entry is deleted
// in place), other instances untouched, run()/enterWith() work again. Expectations: doc
// ("disable") and the Node 26 oracle (semantics.md 5.2).
'use strict';
const { equal } = require('../common.js');
const { AsyncLocalStorage } = require('node:async_hooks');

const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
const late = {};
a.run('A', () => b.run('B', () => {
  setTimeout(() => { late.timer = [a.getStore(), b.getStore()]; }, 1);
  Promise.resolve().then(() => { late.then = [a.getStore(), b.getStore()]; });
  a.disable();
  equal('sync after disable', [a.getStore(), b.getStore()], [undefined, 'B']);
  equal('run works again', a.run('A2', () => a.getStore()), 'A2');
}));
a.enterWith('again');
equal('enterWith works again', a.getStore(), 'again');
const d = new AsyncLocalStorage({ defaultValue: 'dflt' });
d.enterWith('x');
d.disable();
equal('disable falls back to defaultValue', d.getStore(), 'dflt');
process.on('exit', () => {
  equal('timer scheduled before disable', late.timer, [undefined, 'B']);
  equal('then registered before disable', late.then, [undefined, 'B']);
});
