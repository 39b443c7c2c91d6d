// AsyncLocalStorage.enterWith(store): lasts for the rest of the synchronous execution and
// flows into async work started afterwards; the doc's EventEmitter example (a listener's
// enterWith is seen by the next listener and by the emitter's caller after emit()); enterWith
// does not stack: exit()/run() restore what was current when they started, not an earlier
// enterWith (nodejs/node#36683); enterWith inside run() is undone when run() returns; an
// enterWith inside a timer callback does not leak into the next timer.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const { EventEmitter } = require('node:events');
const als = new AsyncLocalStorage();
const store = { id: 1 };
const emitter = new EventEmitter();
emitter.on('my-event', () => als.enterWith(store));
emitter.on('my-event', () => console.log('second listener sees store', als.getStore() === store));
console.log('before emit', als.getStore());
emitter.emit('my-event');
console.log('after emit sees store', als.getStore() === store);
setTimeout(() => console.log('timer started after enterWith', als.getStore() === store), 5);

als.enterWith('first');
als.enterWith('second');
als.exit(() => console.log('in exit', als.getStore()));
console.log('after exit', als.getStore());
als.run('run', () => {
  als.enterWith('entered in run');
  console.log('inside run after enterWith', als.getStore());
});
console.log('after run', als.getStore());
setTimeout(() => {
  als.enterWith('timer A');
  console.log('timer A', als.getStore());
}, 10);
setTimeout(() => console.log('timer B (same due time, started at top)', als.getStore()), 10);
