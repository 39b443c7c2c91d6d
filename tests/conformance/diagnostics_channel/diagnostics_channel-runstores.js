// diagnostics_channel with AsyncLocalStorage (Node 26): runStores enters the bound stores
// (transformed message) for the publish, the call and async work started inside, and restores
// them afterwards; tracingChannel start stores wrap traceSync/tracePromise (what APM tools rely
// on); channels are the same object per name; subscribers get (message, name).
'use strict';
const { check, equal, mustCall } = require('../common.js');
const dc = require('node:diagnostics_channel');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
const ch = dc.channel('conf:stores');
check('same channel per name', dc.channel('conf:stores') === ch);
ch.bindStore(als, (m) => ({ span: m }));
ch.subscribe(mustCall('subscriber', (m, name) => {
  equal('subscriber args', [m, name], ['msg', 'conf:stores']);
  equal('store during publish', als.getStore(), { span: 'msg' });
}));
const r = ch.runStores('msg', function (x) {
  equal('store in fn', als.getStore(), { span: 'msg' });
  equal('thisArg and args', [this.t, x], [1, 2]);
  setTimeout(mustCall('timer sees store', () => equal('store in timer', als.getStore(), { span: 'msg' })), 1);
  return 'ret';
}, { t: 1 }, 2);
equal('runStores result', r, 'ret');
equal('store restored', als.getStore(), undefined);

const tc = dc.tracingChannel('conf:op');
tc.start.bindStore(als, (ctx) => ctx.id);
tc.asyncEnd.subscribe(mustCall('asyncEnd', (ctx) => equal('asyncEnd context', ctx.result, 'async 7')));
equal('traceSync store', tc.traceSync(() => als.getStore(), { id: 5 }), 5);
tc.tracePromise(async () => { await null; return `async ${als.getStore()}`; }, { id: 7 })
  .then(mustCall('tracePromise resolves', (v) => equal('tracePromise value', v, 'async 7')));
equal('outside', als.getStore(), undefined);
