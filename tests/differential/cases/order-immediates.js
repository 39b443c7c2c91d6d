// Semantics 3.3.6: immediates run in order with ticks and microtasks drained between them;
// an immediate scheduled by an immediate runs in the next loop iteration, after that
// iteration's due timers (the busy wait makes the 1 ms timer certainly due).
'use strict';
const busy = (ms) => { const end = Date.now() + ms; while (Date.now() < end); };
setImmediate(() => {
  console.log('i1');
  process.nextTick(() => console.log('i1-tick'));
  Promise.resolve().then(() => console.log('i1-promise'));
  setImmediate(() => console.log('i3 (scheduled by i1)'));
  setTimeout(() => console.log('timeout (scheduled by i1)'), 0);
  busy(20);
});
setImmediate(() => {
  console.log('i2');
  queueMicrotask(() => console.log('i2-microtask'));
});
