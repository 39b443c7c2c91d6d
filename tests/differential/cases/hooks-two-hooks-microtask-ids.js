// Two hooks, one enabled from inside the other's init; executionAsyncResource and
// Symbol.toPrimitive inside a timer; a Microtask created inside it; disabling inside a callback.
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
const t = (n) => ({
  init(id, type, trig) { w(`${n} init ${type} id=${id} trigger=${trig} eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`); },
  before(id) { w(`${n} before id=${id} eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`); },
  after(id) { w(`${n} after id=${id} eid=${ah.executionAsyncId()}`); },
  destroy(id) { w(`${n} destroy id=${id} eid=${ah.executionAsyncId()}`); },
});
const h2 = ah.createHook(t('B'));
const h1 = ah.createHook({ ...t('A'), init(id, type) { w(`A init ${type} id=${id}`); h2.enable(); } }).enable();
const tm = setTimeout(() => {
  w('timer resource ok=' + (ah.executionAsyncResource() === tm) + ' primitive ok=' + (+tm === ah.executionAsyncId()));
  queueMicrotask(() => w('microtask eid=' + ah.executionAsyncId() + ' tid=' + ah.triggerAsyncId()));
  h1.disable();
}, 10);
const cleared = setTimeout(() => {}, 20);
clearTimeout(cleared);
let k = 0;
const iv = setInterval(() => { w('interval eid=' + ah.executionAsyncId()); if (++k === 3) clearInterval(iv); }, 30);
setImmediate(() => { process.nextTick(() => w('tick in immediate tid=' + ah.triggerAsyncId())); });
