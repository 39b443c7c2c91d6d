// Semantics 3.3.1: in the main script, nextTick callbacks (and ticks queued by ticks) run
// before promise reactions and queueMicrotask callbacks; a tick queued from a promise
// callback waits until the microtask queue is empty.
'use strict';
const log = (s) => console.log(s);

process.nextTick(() => {
  log('t1');
  process.nextTick(() => log('t1-nested'));
  Promise.resolve().then(() => log('p-from-t1'));
});
process.nextTick(() => log('t2'));
Promise.resolve().then(() => {
  log('p1');
  Promise.resolve().then(() => log('p1-inner'));
  process.nextTick(() => log('tick-from-p1'));
});
queueMicrotask(() => log('p2'));
log('main');
