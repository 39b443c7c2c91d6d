// The static helpers of node:events (Node 26): once() resolves with the argument array,
// rejects on 'error' (EventEmitters only) and on abort (AbortError, cause = reason), works on
// EventTargets; on() is an async iterator (error ends it with a rejection, `close` events end
// it, a signal aborts it, return() removes its listeners); getEventListeners, getMaxListeners,
// setMaxListeners(n, ...targets), listenerCount and addAbortListener for both kinds of
// targets, with Node's validation errors.
'use strict';
const events = require('events');
const { EventEmitter, once, on, getEventListeners, getMaxListeners, setMaxListeners, addAbortListener } = events;

function show(err) {
  return `${err.name} ${err.code} ${err.message}${err.cause !== undefined ? ` cause=${String(err.cause)}` : ''}`;
}

async function main() {
  const e = new EventEmitter();
  process.nextTick(() => e.emit('ready', 1, 2));
  console.log('once args', await once(e, 'ready'));
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));

  process.nextTick(() => e.emit('error', new Error('failed')));
  await once(e, 'ready').catch((err) => console.log('once error', err.message));
  console.log('listeners left', e.listenerCount('ready'), e.listenerCount('error'));

  process.nextTick(() => e.emit('error', new Error('as value')));
  console.log('once error event', (await once(e, 'error'))[0].message);

  const ac = new AbortController();
  const p = once(e, 'never', { signal: ac.signal });
  console.log('with signal', e.listenerCount('never'), getEventListeners(ac.signal, 'abort').length);
  ac.abort('stop');
  await p.catch((err) => console.log('aborted', show(err)));
  console.log('after abort', e.listenerCount('never'), e.listenerCount('error'), getEventListeners(ac.signal, 'abort').length);
  await once(e, 'x', { signal: AbortSignal.abort('pre') }).catch((err) => console.log('pre-aborted', show(err)));
  for (const opts of [1, null, { signal: 1 }]) {
    await once(e, 'x', opts).catch((err) => console.log('bad options', show(err)));
  }

  // EventTarget
  const et = new EventTarget();
  setTimeout(() => et.dispatchEvent(new Event('ping')), 1);
  const [ev] = await once(et, 'ping');
  console.log('event target once', ev.type, ev instanceof Event, getEventListeners(et, 'ping').length);

  // on(): async iterator
  const it = on(e, 'data');
  process.nextTick(() => { e.emit('data', 'a'); e.emit('data', 'b', 'c'); e.emit('data'); });
  const seen = [];
  for await (const args of it) {
    seen.push(args);
    if (seen.length === 3) break;
  }
  console.log('on values', seen, e.listenerCount('data'), e.listenerCount('error'));

  const it2 = on(e, 'data', { close: ['end'] });
  process.nextTick(() => { e.emit('data', 1); e.emit('end'); e.emit('data', 2); });
  for await (const args of it2) console.log('until close', args);
  console.log('after close', e.listenerCount('data'), e.listenerCount('end'));

  const it3 = on(e, 'data');
  process.nextTick(() => { e.emit('data', 1); e.emit('error', new Error('iter error')); });
  try {
    for await (const args of it3) console.log('before error', args);
  } catch (err) {
    console.log('iterator error', err.message, e.listenerCount('data'));
  }

  const ac2 = new AbortController();
  const it4 = on(e, 'data', { signal: ac2.signal });
  process.nextTick(() => ac2.abort('enough'));
  try {
    for await (const args of it4) console.log('never', args);
  } catch (err) {
    console.log('iterator aborted', show(err), e.listenerCount('data'));
  }
  try { on(e, 'data', { signal: AbortSignal.abort() }); } catch (err) { console.log('sync throw', show(err)); }
  for (const opts of [{ highWaterMark: 0 }, { lowWaterMark: 'x' }, 'str']) {
    try { on(e, 'data', opts); } catch (err) { console.log('bad on options', show(err)); }
  }
  const it5 = on(e, 'data');
  console.log(Object.prototype.toString.call(it5), typeof it5[Symbol.asyncIterator], await it5.return(), await it5.next());
  try { it5.throw('not an error'); } catch (err) { console.log('throw()', show(err)); }

  const it6 = on(et, 'tick');
  setTimeout(() => { et.dispatchEvent(new Event('tick')); }, 1);
  const first = await it6.next();
  console.log('event target on', first.done, first.value.length, first.value[0].type);
  await it6.return();
  console.log('event target listeners', getEventListeners(et, 'tick').length);

  // getEventListeners / getMaxListeners / setMaxListeners / listenerCount
  const f = () => {};
  const handler = { handleEvent() {} };
  et.addEventListener('foo', f);
  et.addEventListener('foo', handler);
  e.on('foo', f);
  e.once('foo', f);
  console.log(getEventListeners(et, 'foo'), getEventListeners(e, 'foo').length, getEventListeners(et, 'none'));
  console.log(events.listenerCount(et, 'foo'), events.listenerCount(e, 'foo'));
  console.log(getMaxListeners(e), getMaxListeners(et));
  setMaxListeners(3, e, et);
  console.log(getMaxListeners(e), getMaxListeners(et), e.getMaxListeners());
  setMaxListeners(20);
  console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners(), getMaxListeners(new EventTarget()));
  setMaxListeners();
  console.log(EventEmitter.defaultMaxListeners);
  setMaxListeners(10);
  for (const [name, fn] of [
    ['getEventListeners', () => getEventListeners({}, 'x')],
    ['getMaxListeners', () => getMaxListeners({})],
    ['setMaxListeners', () => setMaxListeners(1, {})],
    ['setMaxListeners n', () => setMaxListeners('1')],
    ['listenerCount', () => events.listenerCount({}, 'x')],
  ]) {
    try { fn(); } catch (err) { console.log(name, show(err)); }
  }

  // addAbortListener
  const ac3 = new AbortController();
  const disposable = addAbortListener(ac3.signal, () => console.log('abort listener ran'));
  console.log(typeof disposable[Symbol.dispose], Object.getPrototypeOf(disposable));
  ac3.abort();
  const ac4 = new AbortController();
  addAbortListener(ac4.signal, () => console.log('disposed listener ran'))[Symbol.dispose]();
  ac4.abort();
  addAbortListener(AbortSignal.abort(), () => console.log('already aborted: microtask'));
  console.log('after addAbortListener');
  await null;
  for (const args of [[undefined, f], [{}, f], [ac4.signal, 1]]) {
    try { addAbortListener(...args); } catch (err) { console.log('addAbortListener', show(err)); }
  }
}
main();
