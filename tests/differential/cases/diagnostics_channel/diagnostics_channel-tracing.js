// TracingChannel and BoundedChannel (node:diagnostics_channel, Node 26): sub-channel names
// (tracing:<name>:start/end/asyncStart/asyncEnd/error), channel objects as input, subscribe/
// unsubscribe of handler sets and hasSubscribers; traceSync (start, end with result; error then
// end on throw), tracePromise (start/end around the call, asyncStart/asyncEnd at settlement,
// error on rejection, a non-thenable result warns), traceCallback (asyncStart before and
// asyncEnd after the callback, error from the callback's first argument, position), nothing
// published without subscribers, BoundedChannel.run; validation errors.
'use strict';
const dc = require('diagnostics_channel');
const util = require('util');
const show = (err) => `${err.name} ${err.code} ${err.message}`;
const view = (ctx) => util.inspect(Object.fromEntries(Object.entries(ctx).map(([k, v]) => [k, v instanceof Error ? `Error(${v.message})` : v])));

const tc = dc.tracingChannel('t');
console.log(util.inspect(tc), tc.start.name, tc.end.name, tc.asyncStart.name, tc.asyncEnd.name, tc.error.name, tc.hasSubscribers);
console.log(tc.start === dc.channel('tracing:t:start'), Object.keys(tc), Object.getOwnPropertyNames(tc));
console.log('no subscribers', tc.traceSync((a) => a + 1, {}, null, 1));
const log = (ev) => (ctx, name) => console.log(ev, name, view(ctx));
const handlers = { start: log('start'), end: log('end'), asyncStart: log('asyncStart'), asyncEnd: log('asyncEnd'), error: log('error') };
tc.subscribe(handlers);
console.log(tc.hasSubscribers, dc.hasSubscribers('tracing:t:asyncEnd'));

console.log('sync result', tc.traceSync(function (a) { return [this.self, a * 2]; }, { k: 1 }, { self: 's' }, 21));
try { tc.traceSync(() => { throw new Error('E'); }, { k: 2 }); } catch (err) { console.log('caught', err.message); }
const ctxDefault = [];
const grab = (ctx) => ctxDefault.push(Object.getPrototypeOf(ctx));
tc.start.subscribe(grab);
tc.traceSync(() => 0);
tc.start.unsubscribe(grab);
console.log('default context prototype', ctxDefault);

tc.traceCallback((x, cb) => { console.log('fn runs'); cb(null, x + 1); }, -1, { k: 3 }, null, 5, (err, r) => console.log('cb', err, r));
tc.traceCallback((cb, x) => { cb(new Error('cbE'), x); }, 0, { k: 4 }, null, (err) => console.log('cb err', err.message), 1);
try { tc.traceCallback(() => {}, 0, { k: 5 }, null, 1); } catch (err) { console.log(show(err)); }
try { tc.traceCallback(() => { throw new Error('sync in callback fn'); }, -1, { k: 6 }, null, () => {}); } catch (err) { console.log('caught', err.message); }

process.on('warning', (w) => console.log('warning', w.name, w.message));
(async () => {
  console.log('promise result', await tc.tracePromise(async (v) => v, { k: 7 }, null, 'val'));
  await tc.tracePromise(async () => { throw new Error('rej'); }, { k: 8 }).catch((err) => console.log('rejected', err.message));
  console.log('non-thenable', tc.tracePromise(function named() { return 5; }, { k: 9 }));
  const thenable = { then(res) { res('thenable value'); } };
  console.log('thenable returned as is', tc.tracePromise(() => thenable, { k: 10 }) === thenable);
  await null;
  console.log(tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
  console.log('no subscribers', await tc.tracePromise(async () => 'quiet'));

  const chans = {
    start: dc.channel('c:start'), end: dc.channel('c:end'), asyncStart: dc.channel('c:as'),
    asyncEnd: dc.channel('c:ae'), error: dc.channel('c:err'),
  };
  const tc2 = dc.tracingChannel(chans);
  console.log(tc2.start === chans.start, tc2.error === chans.error);
  chans.end.subscribe((ctx, name) => console.log('object channels end', name, view(ctx)));
  tc2.traceSync(() => 'x', { k: 11 });

  const bc = dc.boundedChannel('b');
  console.log(util.inspect(bc), bc.start.name, bc.end.name, bc.hasSubscribers, Object.getOwnPropertyNames(dc.BoundedChannel.prototype));
  console.log('bounded without subscribers', bc.run({}, () => 'r0'));
  bc.subscribe({ start: log('bstart'), end: log('bend') });
  console.log('bounded', bc.run({ q: 1 }, function (a) { return `${this.t}${a}`; }, { t: 'this' }, '!'));
  console.log(bc.unsubscribe({ start: handlers.start }), bc.hasSubscribers);

  for (const fn of [
    () => dc.tracingChannel(1),
    () => dc.tracingChannel({ start: 1 }),
    () => dc.tracingChannel({ ...chans, error: 'nope' }),
    () => dc.boundedChannel(true),
  ]) {
    try { fn(); console.log('no throw'); } catch (err) { console.log(show(err)); }
  }
})();
