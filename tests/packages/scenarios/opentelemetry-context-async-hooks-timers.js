// @opentelemetry/context-async-hooks: the context active when a setTimeout, setInterval,
// setImmediate or process.nextTick callback is scheduled inside context.with() is active when
// it runs, and callbacks scheduled outside see ROOT_CONTEXT; under each context manager.
'use strict';

const { check, equal, requireFixture, eachContextManager, mustFinish } = require('../../packages/common.js');

const api = requireFixture('@opentelemetry/api');
const { context, ROOT_CONTEXT, createContextKey } = api;
const KEY = createContextKey('weft value');
const value = () => context.active().getValue(KEY);
const done = mustFinish('opentelemetry timers');

/** Runs fn(resolve) inside context.with(ROOT + KEY=v); resolves when fn calls resolve. */
const within = (v, fn) => new Promise((resolve) => context.with(ROOT_CONTEXT.setValue(KEY, v), () => fn(resolve)));

eachContextManager(api, () => [
  ['setTimeout', () => within('t', (resolve) => setTimeout((a) => {
    equal('setTimeout callback sees the context (and its argument)', [value(), a], ['t', 'arg']);
    resolve();
  }, 1, 'arg'))],
  ['setImmediate', () => within('i', (resolve) => setImmediate(() => {
    equal('setImmediate callback sees the context', value(), 'i');
    resolve();
  }))],
  ['nextTick', () => within('n', (resolve) => process.nextTick(() => {
    equal('process.nextTick callback sees the context', value(), 'n');
    resolve();
  }))],
  ['setInterval', () => within('iv', (resolve) => {
    const seen = [];
    const h = setInterval(() => {
      seen.push(value());
      if (seen.length === 3) {
        clearInterval(h);
        equal('every setInterval tick sees the context', seen, ['iv', 'iv', 'iv']);
        resolve();
      }
    }, 1);
  })],
  ['chain', () => within('chain', (resolve) => setTimeout(() => setImmediate(() => process.nextTick(() => {
    equal('timeout -> immediate -> tick keeps the context', value(), 'chain');
    resolve();
  })), 1))],
  ['with inside a callback', () => within('outer', (resolve) => setTimeout(() => {
    context.with(context.active().setValue(KEY, 'inner'), () => {
      setImmediate(() => {
        equal('a context entered inside a timer callback reaches what it schedules', value(), 'inner');
        resolve();
      });
    });
    equal('the callback\'s own context is back after the inner with()', value(), 'outer');
  }, 1))],
  ['interleaved', () => {
    const seen = {};
    return Promise.all([
      within('A', (resolve) => setTimeout(() => { seen.A = value(); resolve(); }, 4)),
      within('B', (resolve) => setTimeout(() => { seen.B = value(); resolve(); }, 1)),
      within('C', (resolve) => setImmediate(() => { seen.C = value(); resolve(); })),
      within('D', (resolve) => process.nextTick(() => { seen.D = value(); resolve(); })),
    ]).then(() => equal('concurrent contexts stay apart', seen, { A: 'A', B: 'B', C: 'C', D: 'D' }));
  }],
  ['outside', () => new Promise((resolve) => {
    within('inside', () => setTimeout(() => {}, 1));
    setTimeout(() => {
      check('a timer scheduled outside any with() sees ROOT_CONTEXT', context.active() === ROOT_CONTEXT);
      resolve();
    }, 1);
  })],
]).then(done);
