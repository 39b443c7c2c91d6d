// A Timeout created at top level: init with trigger 1; its callback runs with
// executionAsyncId = its id and triggerAsyncId = 1; events come as init, before, after,
// destroy; +timeout is the id; the resource inside the callback is the Timeout object.
'use strict';
const { check, equal, mustCall, trace } = require('../common.js');
const ah = require('node:async_hooks');

const t = trace({ types: ['Timeout'] });
const timeout = setTimeout(mustCall('timeout callback', () => {
  const id = +timeout;
  equal('callback executionAsyncId is the Timeout id', ah.executionAsyncId(), id);
  equal('callback triggerAsyncId is the top level', ah.triggerAsyncId(), 1);
  check('executionAsyncResource is the Timeout object', ah.executionAsyncResource() === timeout);
}), 1);
const init = t.ofType('Timeout')[0];
check('init seen synchronously', init !== undefined);
equal('+timeout is the init id', +timeout, init && init.id);
equal('trigger is the top level', init && init.trigger, 1);
equal('init runs at top level', init && [init.eid, init.tid], [1, 0]);
check('id is greater than 1', init && init.id > 1);

process.on('exit', () => {
  const seq = t.forId(+timeout).map((e) => e.event);
  equal('event sequence', seq, ['init', 'before', 'after', 'destroy']);
  const inside = t.forId(+timeout).filter((e) => e.event === 'before' || e.event === 'after');
  check('before/after hooks see the Timeout as current', inside.every((e) => e.eid === +timeout && e.tid === 1),
    () => JSON.stringify(inside));
});
