// promiseResolve fires once per settled promise, for fulfilment and for rejection
// (Promise.reject, reject() in an executor, a throw in a handler), not for a second resolve()
// call, and for a then() promise inside its own before/after. Expectations: the Node 26 oracle
// (semantics.md 2.9) and the doc's promiseResolve sequence.
'use strict';
const { check, equal } = require('../common.js');
const ah = require('node:async_hooks');

const ids = new WeakMap();
const log = [];
ah.createHook({
  init(id, type, trigger, resource) { ids.set(resource, id); },
  before(id) { log.push(['before', id]); },
  after(id) { log.push(['after', id]); },
  promiseResolve(id) { log.push(['resolve', id]); },
}).enable();
const count = (p) => log.filter(([ev, id]) => ev === 'resolve' && id === ids.get(p)).length;

const fulfilled = new Promise((r) => r(1));
const rejected = new Promise((_, j) => j(new Error('r')));
rejected.catch(() => {});
const viaReject = Promise.reject(new Error('s'));
viaReject.catch(() => {});
const twice = new Promise((r) => { r(1); r(2); });
const neverSettled = new Promise(() => {});
const throwing = Promise.resolve().then(() => { throw new Error('t'); });
throwing.catch(() => {});
const returning = Promise.resolve().then(() => 5);

process.on('exit', () => {
  equal('fulfilled: one promiseResolve', count(fulfilled), 1);
  equal('rejected via executor: one promiseResolve', count(rejected), 1);
  equal('Promise.reject: one promiseResolve', count(viaReject), 1);
  equal('resolve() twice: one promiseResolve', count(twice), 1);
  equal('never settled: none', count(neverSettled), 0);
  equal('throwing handler: one promiseResolve', count(throwing), 1);
  const r = ids.get(returning);
  const seq = log.filter(([, id]) => id === r).map(([ev]) => ev);
  equal('then() promise: before, resolve, after', seq, ['before', 'resolve', 'after']);
  check('doc sequence order holds for the throwing handler too',
    log.filter(([, id]) => id === ids.get(throwing)).map(([ev]) => ev).join() === 'before,resolve,after');
});
