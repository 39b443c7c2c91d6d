// When a callback throws and an 'uncaughtException' listener handles it, the listener runs
// while the throwing resource is still current and `after` for that resource comes after the
// listener (HookCallbacks.after doc); the process continues. Expectation: doc + Node 26 oracle.
'use strict';
const { equal } = require('../common.js');
const ah = require('node:async_hooks');

const order = [];
let timerId;
ah.createHook({
  before(id) { if (id === timerId) order.push('before'); },
  after(id) { if (id === timerId) order.push('after'); },
}).enable();
process.on('uncaughtException', (err) => {
  order.push(`listener eid-is-timer=${ah.executionAsyncId() === timerId}`);
});
const t = setTimeout(() => { order.push('callback'); throw new Error('x'); }, 1);
timerId = t[Symbol.toPrimitive]();
setTimeout(() => order.push('next timer runs'), 10);
process.on('exit', () => equal('order', order, ['before', 'callback', 'listener eid-is-timer=true', 'after', 'next timer runs']));
