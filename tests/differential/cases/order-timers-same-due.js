// Semantics 3.3.5: timers due together run in creation order, and the nextTick queue and
// microtasks drain between them (t1, t1-tick, t1-promise, t2).
'use strict';
setTimeout(() => {
  console.log('t1');
  process.nextTick(() => console.log('t1-tick'));
  Promise.resolve().then(() => console.log('t1-promise'));
}, 1);
setTimeout(() => {
  console.log('t2');
  process.nextTick(() => console.log('t2-tick'));
}, 1);
