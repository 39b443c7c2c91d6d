// A listener that throws (or returns a rejected promise) does not stop dispatch: Node reports
// the error as an uncaught exception ('uncaughtException' listeners see it, origin
// 'uncaughtException'): a function listener's throw on the next tick, a handler object's
// (whose handleEvent call is async in Node) after the microtasks; the remaining listeners run.
// Without any 'uncaughtException' listener the process dies with exit code 1 (last part; stderr
// is not compared: Node names its own nextTick frame as the throw site).
// diff: stderr=ignore
'use strict';
const et = new EventTarget();
let handled = 0;
process.on('uncaughtException', (err, origin) => {
  console.log('uncaught', err instanceof TypeError ? 'TypeError' : err.message, origin);
  if (++handled === 5) {
    process.removeAllListeners('uncaughtException');
    setTimeout(() => et.dispatchEvent(new Event('fatal')), 5);
  }
});
et.addEventListener('foo', { handleEvent() { throw new Error('object listener throws'); } });
et.addEventListener('foo', () => { throw new Error('boom'); });
et.addEventListener('foo', async () => { throw new Error('async boom'); });
et.addEventListener('foo', { handleEvent: 1 });
et.addEventListener('foo', { handleEvent: 0 });
et.addEventListener('foo', { handleEvent() { return Promise.reject(new Error('object rejects')); } });
et.addEventListener('foo', () => console.log('last listener runs'));
console.log('dispatch returns', et.dispatchEvent(new Event('foo')));
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('microtask'));
console.log('sync end');
et.addEventListener('fatal', () => { throw new Error('fatal listener error'); });
process.on('exit', (code) => console.log('exit', code));
