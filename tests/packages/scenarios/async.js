// async 3.2.6: mapLimit (results in input order, completion order under the limit), series
// and parallel with objects and arrays, waterfall, an error stopping eachSeries, queue with
// concurrency and drain(), retry, auto with dependencies, reduce/filter/groupBy with async
// functions, timeout (ETIMEDOUT), whilst: callbacks, promises, timers, setImmediate and nextTick.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('async');
const r = {};

const async = requireFixture('async');
(async () => {
  const order = [];
  const sleep = (ms, v) => new Promise((resolve) => setTimeout(() => resolve(v), ms));
  r['mapLimit'] = await async.mapLimit([100, 10, 25, 5], 2, async (ms) => { await sleep(ms); order.push(ms); return ms * 2; });
  r['mapLimit completion order'] = order.slice();
  r['series'] = await async.series({ one: (cb) => setTimeout(() => cb(null, 1), 5), two: (cb) => cb(null, 2) });
  r['parallel'] = await async.parallel([(cb) => setTimeout(() => cb(null, 'slow'), 10), (cb) => setImmediate(cb, null, 'fast')]);
  r['waterfall'] = await new Promise((resolve) => async.waterfall([
    (cb) => cb(null, 1, 2),
    (a, b, cb) => process.nextTick(cb, null, a + b),
    (sum, cb) => cb(null, sum * 10),
  ], (err, result) => resolve([err, result])));
  r['error stops series'] = await new Promise((resolve) => async.eachSeries([1, 2, 3], (n, cb) => cb(n === 2 ? new Error(`bad ${n}`) : null), (err) => resolve(err && err.message)));
  const q = async.queue((task, cb) => setTimeout(() => cb(null, task * 2), task), 2);
  const drained = [];
  q.push([30, 5, 10], (err, res) => drained.push(res));
  await q.drain();
  r['queue'] = [drained, q.idle(), q.length()];
  r['retry'] = await (() => { let n = 0; return async.retry({ times: 5, interval: 1 }, async () => { n++; if (n < 3) throw new Error('again'); return `after ${n}`; }); })();
  r['auto'] = await async.auto({ a: (cb) => cb(null, 'A'), b: ['a', (res, cb) => cb(null, `${res.a}B`)], c: ['a', 'b', async (res) => res.a + res.b + 'C'] });
  r['reduce/filter/groupBy'] = [await async.reduce([1, 2, 3], 0, async (acc, x) => acc + x), await async.filter([1, 2, 3, 4], async (x) => x % 2 === 0), await async.groupBy([1, 2, 3, 4], async (x) => (x % 2 ? 'odd' : 'even'))];
  r['timeout'] = await new Promise((resolve) => async.timeout((cb) => setTimeout(cb, 50), 5, 'info')((err) => resolve([err.code, err.message, err.info])));
  r['whilst'] = await (async () => { let i = 0; await async.whilst(async () => i < 3, async () => { i++; }); return i; })();
  finish();
})();

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "mapLimit": [
    200,
    20,
    50,
    10
  ],
  "mapLimit completion order": [
    10,
    25,
    5,
    100
  ],
  "series": {
    "one": 1,
    "two": 2
  },
  "parallel": [
    "slow",
    "fast"
  ],
  "waterfall": [
    null,
    30
  ],
  "error stops series": "bad 2",
  "queue": [
    [
      10,
      20,
      60
    ],
    true,
    0
  ],
  "retry": "after 3",
  "auto": {
    "a": "A",
    "b": "AB",
    "c": "AABC"
  },
  "reduce/filter/groupBy": [
    6,
    [
      2,
      4
    ],
    {
      "odd": [
        1,
        3
      ],
      "even": [
        2,
        4
      ]
    }
  ],
  "timeout": [
    "ETIMEDOUT",
    "Callback function \"anonymous\" timed out.",
    "info"
  ],
  "whilst": 3
};

function finish() {
  equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
  for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
  done();
}
