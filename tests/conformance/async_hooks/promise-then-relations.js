// PROMISE resources for then/catch/finally: the derived promise's init has type PROMISE and
// trigger = the parent's id, its id is larger than the parent's; the reaction runs between
// before/after of the derived promise with executionAsyncId() = its id, triggerAsyncId() = the
// parent, executionAsyncResource() = the derived promise. Expectations: async_hooks doc
// ("Promise execution tracking", promiseResolve sequence) and the Node 26 oracle.
'use strict';
const { check, equal, trace } = require('../common.js');
const ah = require('node:async_hooks');

const t = trace({ types: ['PROMISE'] });
const ids = new WeakMap();
ah.createHook({ init(id, type, trigger, resource) { ids.set(resource, id); } }).enable();
const seen = {};
const base = Promise.resolve(1);
const viaThen = base.then(() => {
  seen.then = { eid: ah.executionAsyncId(), tid: ah.triggerAsyncId(), res: ah.executionAsyncResource() === viaThen };
});
const rejected = Promise.reject(new Error('x'));
const viaCatch = rejected.catch(() => {
  seen.catch = { eid: ah.executionAsyncId(), tid: ah.triggerAsyncId(), res: ah.executionAsyncResource() === viaCatch };
});
const viaFinally = base.finally(() => {
  seen.finally = { eid: ah.executionAsyncId(), tid: ah.triggerAsyncId(), res: ah.executionAsyncResource() === viaFinally };
});

process.on('exit', () => {
  for (const [name, derived, parent] of [['then', viaThen, base], ['catch', viaCatch, rejected], ['finally', viaFinally, base]]) {
    const init = t.events.find((e) => e.event === 'init' && e.id === ids.get(derived));
    check(`${name}: init seen with type PROMISE`, init && init.type === 'PROMISE');
    equal(`${name}: trigger is the parent`, init && init.trigger, ids.get(parent));
    check(`${name}: id larger than parent's`, ids.get(derived) > ids.get(parent));
    equal(`${name}: callback ids`, seen[name], { eid: ids.get(derived), tid: ids.get(parent), res: true });
    const seq = t.forId(ids.get(derived)).map((e) => e.event);
    equal(`${name}: first events`, seq.slice(0, 3), ['init', 'before', 'after']);
  }
  const baseEvents = t.forId(ids.get(base)).map((e) => e.event);
  equal('a Promise.resolve() promise gets no before/after', baseEvents, ['init']);
});
