// lodash 4.18.1: collections (map/filter/find/sortBy/groupBy/keyBy/countBy/partition), arrays,
// deep paths (get/set/has), pick/omit/merge/defaultsDeep, cloneDeep of Date/RegExp/Map/Set and
// isEqual, the type predicates (isPlainObject, isTypedArray, isBuffer, isArguments, isNative,
// ...), string case helpers, _.template (compiled with Function), chains and function helpers.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('lodash');
const r = {};

const _ = requireFixture('lodash');
const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] },
];
r['version'] = _.VERSION;
r['collections'] = [_.map(users, 'user'), _.filter(users, 'active').length, _.find(users, { age: 1 }).user, _.sortBy(users, ['age']).map((u) => u.user), _.groupBy([6.1, 4.2, 6.3], Math.floor), _.keyBy(users, 'user').fred.age, _.countBy(users, 'active'), _.partition(users, 'active').map((p) => p.length)];
r['arrays'] = [_.chunk([1, 2, 3, 4, 5], 2), _.uniq([2, 1, 2, 3, 1]), _.flattenDeep([1, [2, [3, [4]], 5]]), _.difference([2, 1, 5], [2, 3]), _.intersection([2, 1], [2, 3]), _.zip(['a', 'b'], [1, 2]), _.range(0, 20, 5), _.compact([0, 1, false, 2, '', 3, null, NaN])];
const deep = { a: [{ b: { c: 3 } }] };
r['objects'] = [_.get(deep, 'a[0].b.c'), _.get(deep, ['a', '0', 'b', 'x'], 'dflt'), require('util').inspect(_.set({}, 'x.y[1].z', 5), { depth: 5 }), _.has(deep, 'a[0].b'), _.pick({ a: 1, b: 2, c: 3 }, ['a', 'c']), _.omit({ a: 1, b: 2, c: 3 }, 'b'), _.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }), _.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } }), _.mapValues({ a: 1, b: 2 }, (v) => v * 10), _.invert({ a: 1, b: 2 })];
const orig = { d: new Date(0), re: /x/g, m: new Map([[1, { n: 1 }]]), s: new Set([1]), arr: [{ z: 1 }] };
const copy = _.cloneDeep(orig);
r['cloneDeep/isEqual'] = [copy !== orig, copy.arr[0] !== orig.arr[0], copy.m.get(1).n, copy.d.getTime(), copy.re.flags, _.isEqual(orig, copy), _.isEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }), _.isEqual(new Set([1, 2]), new Set([2, 1]))];
r['types'] = [_.isPlainObject({}), _.isPlainObject(Object.create(null)), _.isPlainObject(new (class X {})()), _.isTypedArray(new Uint8Array(1)), _.isBuffer(Buffer.alloc(1)), _.isArguments((function () { return arguments; })()), _.isError(new TypeError('x')), _.isNative(Array.prototype.push), _.isFunction(async () => {}), _.isMap(new Map()), _.isArrayBuffer(new ArrayBuffer(1))];
r['strings'] = [_.camelCase('Foo Bar'), _.kebabCase('fooBar baz'), _.snakeCase('Foo-Bar'), _.startCase('--foo-bar--'), _.capitalize('FRED'), _.pad('abc', 8, '_-'), _.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' }), _.escape('fred, barney, & <pebbles>'), _.words('fred, barney, & pebbles'), _.deburr('déjà vu')];
const compiled = _.template('hello <%= user %>! <% _.forEach(list, function (x) { %><li><%- x %></li><% }); %>');
r['template'] = compiled({ user: 'fred', list: ['<a>', 'b'] });
r['chain'] = _.chain(users).filter('active').sortBy('age').map((u) => `${u.user} is ${u.age}`).head().value();
r['fp'] = [_.flow([_.add, _.partial(_.multiply, 3)])(1, 2), _.curry((a, b, c) => [a, b, c])(1)(2)(3), _.memoize((n) => n * 2)(21), _.times(3, String), _.sum([4, 2, 8, 6]), _.meanBy([{ n: 4 }, { n: 6 }], 'n'), _.clamp(-10, -5, 5)];
r['timers'] = typeof _.debounce(() => {}, 10).cancel;

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "version": "4.18.1",
  "collections": [
    [
      "barney",
      "fred",
      "pebbles"
    ],
    2,
    "pebbles",
    [
      "pebbles",
      "barney",
      "fred"
    ],
    {
      "4": [
        4.2
      ],
      "6": [
        6.1,
        6.3
      ]
    },
    40,
    {
      "true": 2,
      "false": 1
    },
    [
      2,
      1
    ]
  ],
  "arrays": [
    [
      [
        1,
        2
      ],
      [
        3,
        4
      ],
      [
        5
      ]
    ],
    [
      2,
      1,
      3
    ],
    [
      1,
      2,
      3,
      4,
      5
    ],
    [
      1,
      5
    ],
    [
      2
    ],
    [
      [
        "a",
        1
      ],
      [
        "b",
        2
      ]
    ],
    [
      0,
      5,
      10,
      15
    ],
    [
      1,
      2,
      3
    ]
  ],
  "objects": [
    3,
    "dflt",
    "{\n  x: { y: [ <1 empty item>, { z: 5 } ] }\n}",
    true,
    {
      "a": 1,
      "c": 3
    },
    {
      "a": 1,
      "c": 3
    },
    {
      "a": [
        {
          "b": 2,
          "c": 3
        },
        {
          "d": 4,
          "e": 5
        }
      ]
    },
    {
      "a": {
        "b": 2,
        "c": 3
      }
    },
    {
      "a": 10,
      "b": 20
    },
    {
      "1": "a",
      "2": "b"
    }
  ],
  "cloneDeep/isEqual": [
    true,
    true,
    1,
    0,
    "g",
    true,
    false,
    true
  ],
  "types": [
    true,
    true,
    false,
    true,
    true,
    true,
    true,
    true,
    true,
    true,
    true
  ],
  "strings": [
    "fooBar",
    "foo-bar-baz",
    "foo_bar",
    "Foo Bar",
    "Fred",
    "_-abc_-_",
    "hi-diddly-ho there,...",
    "fred, barney, &amp; &lt;pebbles&gt;",
    [
      "fred",
      "barney",
      "pebbles"
    ],
    "deja vu"
  ],
  "template": "hello fred! <li>&lt;a&gt;</li><li>b</li>",
  "chain": "pebbles is 1",
  "fp": [
    9,
    [
      1,
      2,
      3
    ],
    42,
    [
      "0",
      "1",
      "2"
    ],
    20,
    5,
    -5
  ],
  "timers": "function"
};

equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
done();
