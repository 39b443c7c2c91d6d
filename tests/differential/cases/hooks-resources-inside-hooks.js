// Hooks that create resources inside their own callbacks: a setImmediate created in a before
// hook, a nextTick created in a destroy hook and a promise created in an after hook (guarded so
// each happens once) get init events with the current execution id as trigger (the Timeout for
// before/after, 0 in the destroy batch), run later like any resource, and do not disturb the
// callback whose hook created them.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Map();
let inBefore = false;
let inAfter = false;
let inDestroy = false;
let timerId = -1;
ah.createHook({
  init(id, type, trigger) {
    types.set(id, type);
    if (type !== 'PROMISE') w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`);
    else w(`init PROMISE trigger=${trigger} eid=${ah.executionAsyncId()}`);
  },
  before(id) {
    if (id === timerId && !inBefore) {
      inBefore = true;
      setImmediate(() => w(`immediate from before hook: eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`));
    }
  },
  after(id) {
    if (id === timerId && !inAfter) {
      inAfter = true;
      Promise.resolve().then(() => w('then from after hook runs'));
    }
  },
  destroy(id) {
    if (id === timerId && !inDestroy) {
      inDestroy = true;
      w(`destroy Timeout id=${id} eid=${ah.executionAsyncId()}`);
      process.nextTick(() => w(`tick from destroy hook: eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`));
    }
  },
}).enable();
const t = setTimeout(() => w(`timer callback eid=${ah.executionAsyncId()}`), 10);
timerId = ah.executionAsyncId() === 1 ? t[Symbol.toPrimitive]() : -1;
