// Static events.once/events.on (node:events, Node 26): once resolves with the argument array and
// removes its listeners; an 'error' rejects it; an abort rejects with AbortError (code
// ABORT_ERR, cause = reason) and removes the listeners; EventTargets resolve with the event; on()
// yields argument arrays in order, buffers events emitted before next(), ends on return()/close
// events, rejects on 'error' and on abort.
'use strict';
const { check, equal, mustCall } = require('../common.js');
const { EventEmitter, once, on } = require('node:events');

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 'two'));
  equal('once resolves with args', await once(e, 'ready'), [1, 'two']);
  equal('once removed its listeners', [e.listenerCount('ready'), e.listenerCount('error')], [0, 0]);

  const failing = once(e, 'ready');
  e.emit('error', new Error('bad'));
  await failing.then(() => check('once rejects on error', false), (err) => equal('once rejects on error', err.message, 'bad'));

  const ac = new AbortController();
  const aborted = once(e, 'never', { signal: ac.signal });
  ac.abort('why');
  await aborted.then(() => check('once aborts', false), (err) => {
    equal('abort error shape', [err.name, err.code, err.message, err.cause], ['AbortError', 'ABORT_ERR', 'The operation was aborted', 'why']);
  });
  equal('abort removed listeners', e.listenerCount('never'), 0);

  const et = new EventTarget();
  queueMicrotask(() => et.dispatchEvent(new Event('go')));
  const [ev] = await once(et, 'go');
  check('once on EventTarget gives the event', ev instanceof Event && ev.type === 'go');

  const it = on(e, 'data', { close: ['end'] });
  e.emit('data', 'a');
  e.emit('data', 'b', 'c');
  const values = [];
  process.nextTick(() => { e.emit('data', 'd'); e.emit('end'); });
  for await (const args of it) values.push(args);
  equal('on yields buffered and later events', values, [['a'], ['b', 'c'], ['d']]);
  equal('on removed its listeners', [e.listenerCount('data'), e.listenerCount('end'), e.listenerCount('error')], [0, 0, 0]);

  const it2 = on(e, 'data');
  const pending = it2.next();
  e.emit('error', new Error('iter'));
  await pending.then(() => check('on rejects on error', false), (err) => equal('on rejects on error', err.message, 'iter'));
  equal('on done after error', await it2.next(), { done: true, value: undefined });

  const ac2 = new AbortController();
  const it3 = on(e, 'data', { signal: ac2.signal });
  const p3 = it3.next();
  ac2.abort();
  await p3.then(() => check('on aborts', false), (err) => equal('on aborts', err.name, 'AbortError'));
}
main().then(mustCall('main completes'));
