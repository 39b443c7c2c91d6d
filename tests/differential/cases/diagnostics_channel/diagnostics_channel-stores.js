// Channel#bindStore/unbindStore/runStores with AsyncLocalStorage (node:diagnostics_channel,
// Node 26): runStores enters every bound store (its transform applied to the message, in
// binding order) around the publish and the call, passes thisArg and arguments, returns the
// result, restores the stores afterwards (also on throw); the stores propagate into async work
// started inside; a throwing transform is reported as an uncaught exception and its store
// skipped; binding the same store again replaces its transform; a channel with only stores is
// active; tracingChannel start stores (what APM tools use) wrap traceSync/tracePromise.
'use strict';
const dc = require('diagnostics_channel');
const { AsyncLocalStorage } = require('async_hooks');
const util = require('util');

const als = new AsyncLocalStorage();
const als2 = new AsyncLocalStorage();
const c = dc.channel('stores');
console.log('inactive runStores', c.runStores('m', (a) => a * 2, null, 21));
c.bindStore(als, (data) => { console.log('transform', data); return { wrapped: data }; });
console.log(util.inspect(c, { depth: 0 }), c.hasSubscribers);
c.bindStore(als2);
c.subscribe((message) => console.log('publish sees', message, als.getStore(), als2.getStore()));
const result = c.runStores('D', function (a, b) {
  console.log('fn sees', this, a, b, als.getStore(), als2.getStore());
  setTimeout(() => console.log('timer inside sees', als.getStore(), als2.getStore()), 1);
  Promise.resolve().then(() => console.log('promise inside sees', als.getStore()));
  return 42;
}, { self: 1 }, 1, 2);
console.log('result', result, 'after', als.getStore(), als2.getStore());

als.run('outer', () => {
  try {
    c.runStores('T', () => { console.log('inside throw case', als.getStore()); throw new Error('fn threw'); });
  } catch (err) {
    console.log('caught', err.message, 'restored', als.getStore());
  }
});

c.bindStore(als, (data) => `replaced ${data}`);
c.runStores('R', () => console.log('replaced transform', als.getStore()));
console.log(c.unbindStore(als), c.unbindStore(als), c.unbindStore(als2), c.hasSubscribers);

process.on('uncaughtException', (err, origin) => console.log('uncaught', err.message, origin));
const t = dc.channel('bad-transform');
t.bindStore(als, () => { throw new Error('transform threw'); });
t.bindStore(als2, (d) => `ok ${d}`);
t.runStores('X', () => console.log('bad transform skipped', als.getStore(), als2.getStore()));

const tc = dc.tracingChannel('op');
tc.start.bindStore(als, (ctx) => ({ span: ctx.name }));
tc.end.subscribe((ctx) => console.log('end sees', als.getStore(), ctx.result));
tc.asyncEnd.subscribe((ctx) => console.log('asyncEnd sees', als.getStore(), ctx.result));
console.log('traceSync', tc.traceSync(() => als.getStore(), { name: 'sync-op' }), als.getStore());
tc.tracePromise(async () => {
  await null;
  return als.getStore();
}, { name: 'async-op' }).then((v) => console.log('tracePromise', v, als.getStore()));
console.log('outside', als.getStore());
