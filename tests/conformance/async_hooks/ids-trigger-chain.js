// Trigger ids follow the creating resource: a tick inside a tick, a Timeout inside the tick,
// an Immediate inside the Timeout. Every new id is larger than all earlier ones.
'use strict';
const { check, equal, trace } = require('../common.js');
const ah = require('node:async_hooks');

const t = trace();
const ids = {};
process.nextTick(() => {
  ids.tick = ah.executionAsyncId();
  process.nextTick(() => {
    ids.nested = ah.executionAsyncId();
    ids.nestedTrigger = ah.triggerAsyncId();
    setTimeout(() => {
      ids.timeout = ah.executionAsyncId();
      ids.timeoutTrigger = ah.triggerAsyncId();
      setImmediate(() => {
        ids.immediate = ah.executionAsyncId();
        ids.immediateTrigger = ah.triggerAsyncId();
      });
    }, 10);
  });
});

process.on('exit', () => {
  equal('nested tick trigger is the outer tick', ids.nestedTrigger, ids.tick);
  equal('timeout trigger is the nested tick', ids.timeoutTrigger, ids.nested);
  equal('immediate trigger is the timeout', ids.immediateTrigger, ids.timeout);
  const inits = t.events.filter((e) => e.event === 'init');
  equal('init types in order', inits.map((e) => e.type), ['TickObject', 'TickObject', 'Timeout', 'Immediate']);
  check('ids strictly increase', inits.every((e, i) => i === 0 || e.id > inits[i - 1].id),
    () => JSON.stringify(inits.map((e) => e.id)));
  check('each init runs in its trigger', inits.every((e) => e.eid === e.trigger),
    () => JSON.stringify(inits));
  const destroyed = new Set(t.events.filter((e) => e.event === 'destroy').map((e) => e.id));
  check('every resource destroyed', inits.every((e) => destroyed.has(e.id)));
});
