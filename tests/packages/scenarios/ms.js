// ms 2.1.3: parsing duration strings to milliseconds, short and long formatting, and the errors
// for values it cannot handle.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('ms');
const r = {};

const ms = requireFixture('ms');
r['parse'] = ['2 days', '1d', '10h', '2.5 hrs', '2h', '1m', '5s', '1y', '100', '-3 days', '-200', '1 week', 'abc', '1.5 weeks'].map((s) => [s, String(ms(s))]);
r['short'] = [60000, 2 * 60000, -3 * 60000, ms('10 hours'), 1500, 999, 86400000 * 3].map((n) => ms(n));
r['long'] = [60000, 2 * 60000, -3 * 60000, ms('10 hours'), 1000, 86400000].map((n) => ms(n, { long: true }));
const errors = [];
for (const bad of ['', NaN, Infinity, {}]) {
  try { ms(bad); errors.push('no error'); } catch (e) { errors.push(`${e.name}: ${e.message}`); }
}
r['errors'] = errors;

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "parse": [
    [
      "2 days",
      "172800000"
    ],
    [
      "1d",
      "86400000"
    ],
    [
      "10h",
      "36000000"
    ],
    [
      "2.5 hrs",
      "9000000"
    ],
    [
      "2h",
      "7200000"
    ],
    [
      "1m",
      "60000"
    ],
    [
      "5s",
      "5000"
    ],
    [
      "1y",
      "31557600000"
    ],
    [
      "100",
      "100"
    ],
    [
      "-3 days",
      "-259200000"
    ],
    [
      "-200",
      "-200"
    ],
    [
      "1 week",
      "604800000"
    ],
    [
      "abc",
      "undefined"
    ],
    [
      "1.5 weeks",
      "907200000"
    ]
  ],
  "short": [
    "1m",
    "2m",
    "-3m",
    "10h",
    "2s",
    "999ms",
    "3d"
  ],
  "long": [
    "1 minute",
    "2 minutes",
    "-3 minutes",
    "10 hours",
    "1 second",
    "1 day"
  ],
  "errors": [
    "Error: val is not a non-empty string or a valid number. val=\"\"",
    "Error: val is not a non-empty string or a valid number. val=null",
    "Error: val is not a non-empty string or a valid number. val=null",
    "Error: val is not a non-empty string or a valid number. val={}"
  ]
};

equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
done();
