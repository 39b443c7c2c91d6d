// queueMicrotask shares one FIFO queue with promise reactions; nextTick runs first; a
// microtask queued from a microtask runs in the same checkpoint; a non-function throws
// ERR_INVALID_ARG_TYPE.
'use strict';
const log = (s) => console.log(s);
queueMicrotask(() => {
  log('m1');
  queueMicrotask(() => log('m1-inner'));
  process.nextTick(() => log('tick-from-m1'));
});
Promise.resolve().then(() => log('p1'));
queueMicrotask(() => log('m2'));
process.nextTick(() => log('tick'));
setTimeout(() => {
  queueMicrotask(() => log('m-from-timer'));
  log('timer');
}, 1);
try {
  queueMicrotask('nope');
} catch (e) {
  log(`${e.name} ${e.code} ${e.message}`);
}
log('main');
