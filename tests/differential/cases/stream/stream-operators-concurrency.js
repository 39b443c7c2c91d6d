// map() with concurrency: how many fn calls run at once, results in input
// order, highWaterMark limiting read-ahead, filter/forEach with concurrency,
// an fn rejection ending the stream, and abort through options.signal.
'use strict';
const { Readable } = require('stream');

function tick(n) {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => new Promise((r) => setImmediate(r)));
  return p;
}

async function main() {
  const log = [];
  let active = 0;
  let maxActive = 0;
  const out = await Readable.from([1, 2, 3, 4, 5, 6]).map(async (x) => {
    active++;
    maxActive = Math.max(maxActive, active);
    log.push(`start ${x}`);
    await tick(7 - x);
    active--;
    log.push(`end ${x}`);
    return x * 2;
  }, { concurrency: 3 }).toArray();
  console.log('results', out, 'maxActive', maxActive);
  console.log(log.join(' | '));

  const seen = [];
  await Readable.from([1, 2, 3, 4]).forEach(async (x) => {
    seen.push(`f${x}`);
    await tick(x % 2 ? 2 : 1);
    seen.push(`d${x}`);
  }, { concurrency: 2 });
  console.log('forEach', seen.join(' '));

  console.log('filter', await Readable.from([5, 6, 7, 8]).filter(async (x) => {
    await tick(1);
    return x % 2 === 0;
  }, { concurrency: 4 }).toArray());

  const started = [];
  const it = Readable.from([1, 2, 3, 4, 5, 6, 7, 8]).map((x) => {
    started.push(x);
    return x;
  }, { concurrency: 2, highWaterMark: 1 })[Symbol.asyncIterator]();
  console.log('first', (await it.next()).value);
  await tick(3);
  console.log('started before second read', started);
  await it.return();

  try {
    await Readable.from([1, 2, 3]).map(async (x) => {
      if (x === 2) throw new Error('bad 2');
      return x;
    }, { concurrency: 2 }).toArray();
  } catch (e) {
    console.log('rejected', e.message);
  }

  const ac = new AbortController();
  const slow = Readable.from([1, 2, 3]).map(async (x, { signal }) => {
    if (x === 2) ac.abort();
    await tick(1);
    return signal.aborted;
  }, { signal: ac.signal });
  try {
    for await (const v of slow) console.log('value', v);
  } catch (e) {
    console.log('aborted', e.name);
  }
}
main();
