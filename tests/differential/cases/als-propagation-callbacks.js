// AsyncLocalStorage follows every callback hop: setTimeout, setInterval (each tick),
// setImmediate, process.nextTick, queueMicrotask, timers/promises-free timer args, and nested
// combinations; each hop sees the store of the run() that scheduled it, even when the callback
// runs after other run() calls have started.
// Delays are spread (20/60 ms timeouts, 100/140 ms intervals) so neither the first loop turn
// nor timers created a millisecond apart can race each other on a loaded machine.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const out = [];
const log = (s) => out.push(`${s} -> ${als.getStore()}`);
for (const [index, id] of ['r1', 'r2'].entries()) {
  als.run(id, () => {
    setTimeout((arg) => {
      log(`${id} setTimeout(arg=${arg})`);
      setImmediate(() => {
        log(`${id} setTimeout>setImmediate`);
        process.nextTick(() => {
          log(`${id} setTimeout>setImmediate>nextTick`);
          queueMicrotask(() => log(`${id} setTimeout>setImmediate>nextTick>queueMicrotask`));
        });
      });
    }, 20 + 40 * index, 'x');
    let n = 0;
    const iv = setInterval(() => { log(`${id} setInterval #${++n}`); if (n === 2) clearInterval(iv); }, 100 + 40 * index);
    setImmediate(() => log(`${id} setImmediate`));
    process.nextTick(() => log(`${id} nextTick`));
    queueMicrotask(() => log(`${id} queueMicrotask`));
  });
}
log('top');
process.on('exit', () => console.log(out.join('\n')));
