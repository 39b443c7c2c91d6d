// AsyncResource.runInAsyncScope(fn, thisArg, ...args): ids inside are the resource's
// (eid = asyncId(), tid = triggerAsyncId(), executionAsyncResource() = the resource), this/args
// pass through, the return value is returned, a throw propagates with after still emitted and
// the caller's ids restored; nested scopes unwind. Expectations: async_context doc
// (AsyncResource) and the Node 26 oracle.
'use strict';
const { check, equal, trace } = require('../common.js');
const ah = require('node:async_hooks');

const t = trace({ types: ['OUTER', 'INNER'] });
const outer = new ah.AsyncResource('OUTER');
equal('triggerAsyncId defaults to the creating id', outer.triggerAsyncId(), 1);
const self = {};
const got = outer.runInAsyncScope(function (a, b) {
  const inner = new ah.AsyncResource('INNER');
  equal('inner trigger is outer', inner.triggerAsyncId(), outer.asyncId());
  inner.runInAsyncScope(() => equal('inner ids', [ah.executionAsyncId(), ah.triggerAsyncId()], [inner.asyncId(), outer.asyncId()]));
  equal('ids back to outer', [ah.executionAsyncId(), ah.triggerAsyncId()], [outer.asyncId(), 1]);
  check('executionAsyncResource is the resource', ah.executionAsyncResource() === outer);
  check('this is thisArg', this === self);
  return a * b;
}, self, 6, 7);
equal('return value', got, 42);
let caught = null;
try {
  outer.runInAsyncScope(() => { throw new Error('inside'); });
} catch (e) {
  caught = e.message;
}
equal('throw propagates', caught, 'inside');
equal('ids restored after throw', [ah.executionAsyncId(), ah.triggerAsyncId()], [1, 0]);
const seq = t.forId(outer.asyncId()).map((e) => e.event);
equal('outer events', seq, ['init', 'before', 'after', 'before', 'after']);
