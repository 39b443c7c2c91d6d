// node:timers/promises (Node 26): setTimeout resolves with its value after the delay,
// setImmediate with its value, setInterval is an async generator yielding the value per tick
// (break stops the timer), scheduler.wait/yield; bad arguments reject (setInterval throws on the
// first next()) with Node's messages; an abort before or during the wait rejects with an
// AbortError (code ABORT_ERR, cause = the signal's reason); ref:false timers do not keep the
// process alive; module shape and the Scheduler's illegal constructor / brand check.
'use strict';
const tp = require('timers/promises');
const util = require('util');
const show = (err) => `${err.name} ${err.code} ${err.message}${'cause' in err ? ` cause=${util.inspect(err.cause).split('\n')[0]}` : ''}`;

console.log(util.inspect(tp), Object.keys(tp), Object.getOwnPropertyNames(Object.getPrototypeOf(tp.scheduler)));
console.log(tp.setInterval.constructor.name, Object.prototype.toString.call(tp.setInterval(1)));
try { new (tp.scheduler.constructor)(); } catch (err) { console.log(show(err)); }
try { tp.scheduler.wait.call({}, 1); } catch (err) { console.log(show(err)); }
try { tp.scheduler.yield.call({ yield: 1 }); } catch (err) { console.log(show(err)); }

async function main() {
  for (const [name, fn] of [
    ['setTimeout delay', () => tp.setTimeout('a')],
    ['setTimeout options', () => tp.setTimeout(1, 1, 1)],
    ['setTimeout options null', () => tp.setTimeout(1, 1, null)],
    ['setTimeout signal', () => tp.setTimeout(1, 1, { signal: 1 })],
    ['setTimeout ref', () => tp.setTimeout(1, 1, { ref: 1 })],
    ['setImmediate options', () => tp.setImmediate(1, 'x')],
    ['setImmediate ref', () => tp.setImmediate(1, { ref: 0 })],
    ['scheduler.wait', () => tp.scheduler.wait('x')],
    ['setInterval delay', () => tp.setInterval('a', 1).next()],
    ['setInterval signal', () => tp.setInterval(1, 1, { signal: 1 }).next()],
  ]) {
    await fn().then((v) => console.log(name, 'resolved', v), (err) => console.log(name, show(err)));
  }

  console.log('timeout', await tp.setTimeout(5, 'tv'), await tp.setTimeout(), await tp.setTimeout(1, { obj: 1 }));
  console.log('immediate', await tp.setImmediate('iv'), await tp.setImmediate());
  console.log('wait', await tp.scheduler.wait(2), 'yield', await tp.scheduler.yield());

  const order = [];
  await Promise.all([
    tp.setTimeout(20, 'slow').then((v) => order.push(v)),
    tp.setTimeout(5, 'fast').then((v) => order.push(v)),
    tp.setImmediate('imm').then((v) => order.push(v)),
  ]);
  console.log(order);

  let n = 0;
  for await (const v of tp.setInterval(5, 'iv')) {
    console.log('interval', v, n);
    if (++n === 3) break;
  }

  const pre = AbortSignal.abort('already');
  for (const [name, fn] of [
    ['setTimeout', () => tp.setTimeout(1, 1, { signal: pre })],
    ['setImmediate', () => tp.setImmediate(1, { signal: pre })],
    ['setInterval', () => tp.setInterval(1, 1, { signal: pre }).next()],
  ]) {
    await fn().catch((err) => console.log('pre-aborted', name, show(err)));
  }

  const ac = new AbortController();
  const p = tp.setTimeout(10000, 'x', { signal: ac.signal });
  setTimeout(() => ac.abort('stopped'), 5);
  await p.catch((err) => console.log('aborted timeout', show(err)));
  const ac2 = new AbortController();
  const p2 = tp.setImmediate('x', { signal: ac2.signal });
  ac2.abort();
  await p2.catch((err) => console.log('aborted immediate', show(err)));
  const ac3 = new AbortController();
  let k = 0;
  try {
    for await (const v of tp.setInterval(8, 'tick', { signal: ac3.signal })) {
      console.log('interval value', v);
      if (++k === 2) ac3.abort('interval stop');
    }
  } catch (err) {
    console.log('aborted interval', show(err));
  }
  const ac4 = new AbortController();
  const done = await tp.setTimeout(1, 'resolved first', { signal: ac4.signal });
  ac4.abort();
  console.log(done, require('events').getEventListeners(ac4.signal, 'abort').length);

  tp.setTimeout(100000, 'unref', { ref: false }).then(() => console.log('never'));
  tp.setImmediate('unref', { ref: false }).then((v) => console.log('unref immediate still runs', v));
  const it = tp.setInterval(100000, 'x', { ref: false });
  it.next().then(() => console.log('never'));
  console.log('main done');
}
main();
process.on('exit', (code) => console.log('exit', code));
