// AsyncResource.runInAsyncScope(fn, thisArg, ...args): init at construction (trigger = the
// current execution id by default), before/after around each call with eid = the resource's
// asyncId(), tid = its triggerAsyncId(), executionAsyncResource() = the resource itself, fn
// called with thisArg and the args, its return value returned; a throw propagates and after
// is still emitted; nested scopes stack and unwind; the resource can be re-entered later from a
// timer (ids restored to the timer's afterwards).
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const ids = () => `eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`;
ah.createHook({
  init(id, type, trigger) { if (type !== 'Timeout') w(`init ${type} id=${id} trigger=${trigger} ${ids()}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
}).enable();

const outer = new ah.AsyncResource('OUTER');
w(`outer asyncId=${outer.asyncId()} triggerAsyncId=${outer.triggerAsyncId()}`);
const thisArg = { tag: 'this' };
const ret = outer.runInAsyncScope(function (a, b) {
  w(`in outer: ${ids()} this=${this.tag} args=${a},${b} resource-is-outer=${ah.executionAsyncResource() === outer}`);
  const inner = new ah.AsyncResource('INNER');
  inner.runInAsyncScope(() => {
    w(`in inner: ${ids()} resource-is-inner=${ah.executionAsyncResource() === inner}`);
  });
  w(`back in outer: ${ids()}`);
  return a + b;
}, thisArg, 2, 3);
w(`returned ${ret}; at top: ${ids()}`);
try {
  outer.runInAsyncScope(() => { throw new Error('thrown inside'); });
} catch (e) {
  w(`caught "${e.message}" at top: ${ids()}`);
}
w(`no thisArg: this is undefined=${outer.runInAsyncScope(function () { return this; }) === undefined}`);
setTimeout(() => {
  w(`timer: ${ids()}`);
  outer.runInAsyncScope(() => w(`re-entered from timer: ${ids()}`));
  w(`timer again: ${ids()}`);
}, 10);
