// Readable.prototype operators: map/filter/flatMap/drop/take (streams) and
// toArray/forEach/reduce/some/every/find (promises), including validation
// errors, reduce without an initial value on an empty stream, and async fns.
'use strict';
const { Readable } = require('stream');

async function main() {
  const nums = () => Readable.from([1, 2, 3, 4, 5]);
  console.log('map', await nums().map((x) => x * 10).toArray());
  console.log('async map', await nums().map(async (x) => x + 0.5).toArray());
  console.log('filter', await nums().filter((x) => x % 2).toArray());
  console.log('flatMap', await nums().flatMap((x) => [x, -x]).toArray());
  console.log('drop', await nums().drop(3).toArray());
  console.log('take', await nums().take(2).toArray());
  console.log('chain', await nums().drop(1).take(3).map((x) => x * x).toArray());
  const seen = [];
  console.log('forEach ret', await nums().forEach((x) => { seen.push(x); }), seen);
  console.log('reduce', await nums().reduce((a, b) => a + b));
  console.log('reduce init', await nums().reduce((a, b) => a + b, 100));
  console.log('some', await nums().some((x) => x > 4), await nums().some((x) => x > 5));
  console.log('every', await nums().every((x) => x > 0), await nums().every((x) => x > 1));
  console.log('find', await nums().find((x) => x > 2), await nums().find((x) => x > 9));
  console.log('map returns Readable', nums().map((x) => x) instanceof Readable);
  try { await Readable.from([]).reduce((a, b) => a + b); } catch (e) {
    console.log(e.name, e.code, e.message);
  }
  for (const fn of [() => nums().map('x'), () => nums().filter(1), () => nums().drop(-1),
    () => nums().map((x) => x, { concurrency: 0 }), () => nums().take(1, 'opts')]) {
    try { fn(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  try { await nums().forEach(5); } catch (e) { console.log('forEach', e.code, e.message); }
  try { await nums().map((x) => { if (x === 3) throw new Error('at 3'); return x; }).toArray(); } catch (e) {
    console.log('map threw', e.message);
  }
}
main();
