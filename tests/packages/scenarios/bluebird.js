// bluebird 3.7.2: map with concurrency, props, spread, reduce/filter/each, timeout
// (TimeoutError), predicate catch, tap/finally, promisify/promisifyAll over fs, asCallback,
// any/some, synchronous inspection, try/method/join/mapSeries, and its unhandled rejection
// reported through process's 'unhandledRejection' event.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('bluebird');
const r = {};

const Promise_ = requireFixture('bluebird');
(async () => {
  const P = Promise_;
  r['map concurrency'] = await P.map([3, 1, 2], (x) => P.delay(x * 5).then(() => x * 10), { concurrency: 2 });
  r['props'] = await P.props({ a: P.resolve(1), b: P.delay(5).then(() => 2), c: 3 });
  r['all/spread'] = await P.all([1, P.resolve(2)]).spread((a, b) => a + b);
  r['reduce/filter/each'] = [await P.reduce([1, 2, 3], (acc, x) => acc + x, 0), await P.filter([1, 2, 3, 4], (x) => x > 2), await P.each([1, 2], () => {})];
  r['timeout'] = await P.delay(50).timeout(5).then(() => 'no', (e) => [e instanceof P.TimeoutError, e.name, e.message]);
  r['catch predicate'] = await P.reject(new TypeError('t')).catch(RangeError, () => 'range').catch(TypeError, (e) => `type ${e.message}`);
  r['finally/tap'] = await (() => { const seen = []; return P.resolve(5).tap((v) => seen.push(`tap ${v}`)).finally(() => seen.push('finally')).then((v) => [v, seen]); })();
  const fs = require('node:fs');
  const pfs = P.promisifyAll({ readFile: fs.readFile });
  r['promisify/promisifyAll'] = [(await P.promisify(fs.stat)(__filename)).isFile(), typeof pfs.readFileAsync, (await pfs.readFileAsync(__filename, 'utf8')).length > 0];
  r['asCallback'] = await new Promise((resolve) => P.resolve(7).asCallback((err, v) => resolve([err, v])));
  r['any/some/race'] = [await P.any([P.reject(new Error('x')), P.delay(5).then(() => 'late'), P.resolve('first')]), await P.some([P.resolve(1), P.resolve(2), P.resolve(3)], 2)];
  r['inspection'] = (() => { const p = P.resolve(3); const q = P.reject(new Error('no')); q.catch(() => {}); return [p.isFulfilled(), p.value(), q.isRejected(), q.reason().message, P.defer ? 'defer' : 'none']; })();
  const cancellable = P.config ? 'config' : 'none';
  r['misc'] = [cancellable, await P.try(() => 4), await P.method((x) => x + 1)(1), await P.join(1, 2, (a, b) => a * b), await P.mapSeries([1, 2], (x) => x * 3)];
  const unhandled = [];
  process.on('unhandledRejection', (reason) => unhandled.push(reason.message));
  P.reject(new Error('nobody catches this'));
  await new Promise((resolve) => setTimeout(resolve, 20));
  r['unhandled rejection event'] = unhandled;
  finish();
})();

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "map concurrency": [
    30,
    10,
    20
  ],
  "props": {
    "a": 1,
    "b": 2,
    "c": 3
  },
  "all/spread": 3,
  "reduce/filter/each": [
    6,
    [
      3,
      4
    ],
    [
      1,
      2
    ]
  ],
  "timeout": [
    true,
    "TimeoutError",
    "operation timed out"
  ],
  "catch predicate": "type t",
  "finally/tap": [
    5,
    [
      "tap 5",
      "finally"
    ]
  ],
  "promisify/promisifyAll": [
    true,
    "function",
    true
  ],
  "asCallback": [
    null,
    7
  ],
  "any/some/race": [
    "first",
    [
      1,
      2
    ]
  ],
  "inspection": [
    true,
    3,
    true,
    "no",
    "defer"
  ],
  "misc": [
    "config",
    4,
    2,
    2,
    [
      3,
      6
    ]
  ],
  "unhandled rejection event": [
    "nobody catches this"
  ]
};

function finish() {
  equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
  for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
  done();
}
