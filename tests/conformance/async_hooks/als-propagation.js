// AsyncLocalStorage propagation through every hop: setTimeout, setInterval, setImmediate,
// nextTick, queueMicrotask, then/catch/finally, await of values/promises/thenables, async
// generators with for await, AsyncResource (construction context), EventEmitter listeners
// (emit caller's context). Expectations: async_context doc and the Node 26 oracle.
'use strict';
const { equal } = require('../common.js');
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');
const { EventEmitter } = require('node:events');

const als = new AsyncLocalStorage();
const seen = {};
const mark = (k) => { seen[k] = als.getStore(); };
const thenable = { then(resolve) { mark('thenable.then'); resolve(1); } };
async function* gen() { await null; mark('generator body'); yield 1; }
const ee = new EventEmitter();
ee.on('e', () => mark('listener'));
let res;
als.run('ctx', () => {
  setTimeout(() => mark('setTimeout'), 1);
  const iv = setInterval(() => { mark('setInterval'); clearInterval(iv); }, 1);
  setImmediate(() => mark('setImmediate'));
  process.nextTick(() => mark('nextTick'));
  queueMicrotask(() => mark('queueMicrotask'));
  Promise.resolve().then(() => mark('then'));
  Promise.reject(new Error('x')).catch(() => mark('catch'));
  Promise.resolve().finally(() => mark('finally'));
  (async () => {
    await 1;
    mark('await value');
    await new Promise((r) => setTimeout(r, 1));
    mark('await promise');
    await thenable;
    mark('await thenable');
    for await (const v of gen()) mark(`for await body ${v}`);
  })();
  res = new AsyncResource('R');
});
als.run('emitter', () => ee.emit('e'));
res.runInAsyncScope(() => mark('AsyncResource'));
process.on('exit', () => {
  for (const k of ['setTimeout', 'setInterval', 'setImmediate', 'nextTick', 'queueMicrotask', 'then', 'catch',
    'finally', 'await value', 'await promise', 'thenable.then', 'await thenable', 'generator body',
    'for await body 1', 'AsyncResource']) {
    equal(`${k} sees the store`, seen[k], 'ctx');
  }
  equal('listener sees the emitter caller\'s store', seen.listener, 'emitter');
});
