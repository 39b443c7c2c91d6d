// Several AsyncLocalStorage instances are independent: run/enterWith/exit/disable of one do
// not touch another's store, in sync code and in continuations; a snapshot captures all of
// them at once. Node 26 details: b.disable() deletes b's entry from the shared frame, so the
// snapshot and the timer/then scheduled earlier lose b too; c.enterWith() inside a.run/b.run
// survives both runs (each run only restores its own instance's entry), so the top level ends
// with c=c1.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const a = new AsyncLocalStorage();
const b = new AsyncLocalStorage();
const c = new AsyncLocalStorage({ defaultValue: 'c-default' });
const show = (label) => console.log(`${label}: a=${a.getStore()} b=${b.getStore()} c=${c.getStore()}`);
a.run('a1', () => {
  b.run('b1', () => {
    show('nested runs');
    c.enterWith('c1');
    a.exit(() => show('a.exit'));
    setTimeout(() => show('timer'), 2);
    const snap = AsyncLocalStorage.snapshot();
    b.disable();
    show('after b.disable');
    a.run('a2', () => snap(() => show('snapshot')));
    Promise.resolve().then(() => show('then'));
  });
  show('after b.run');
});
show('top');
