// Nested nextTick: ticks queued while the queue drains run in the same pass, after the ticks
// already queued, and before any microtask.
'use strict';
const log = (s) => console.log(s);
process.nextTick(() => {
  log('a');
  process.nextTick(() => {
    log('a.1');
    process.nextTick(() => log('a.1.1'));
  });
  process.nextTick(() => log('a.2'));
});
process.nextTick(() => {
  log('b');
  process.nextTick(() => log('b.1'));
});
Promise.resolve().then(() => log('promise'));
log('main');
