// util.isDeepStrictEqual self-checks on Node's rules: prototypes, -0, NaN, holes,
// boxed primitives, errors, Maps/Sets with object keys, cycles, and the skipPrototype option.
'use strict';
const { isDeepStrictEqual } = require('util');
const { equal } = require('../common.js');

const cases = [
  ['NaN', NaN, NaN, true],
  ['-0', 0, -0, false],
  ['prototype', {}, Object.create(null), false],
  ['holes', [1, , 3], [1, undefined, 3], false],
  ['boxed', new String('a'), new String('a'), true],
  ['boxed differ', new Number(1), new Number(2), false],
  ['errors', new Error('a'), new Error('a'), true],
  ['error names', new Error('a'), new TypeError('a'), false],
  ['map object keys', new Map([[{ k: 1 }, 1]]), new Map([[{ k: 1 }, 1]]), true],
  ['set objects', new Set([{ a: 1 }, { a: 2 }]), new Set([{ a: 2 }, { a: 1 }]), true],
  ['invalid dates', new Date(NaN), new Date(NaN), true],
  ['regexp lastIndex', Object.assign(/a/g, { lastIndex: 2 }), /a/g, false],
  ['typed arrays', new Float64Array([0]), new Float64Array([-0]), false],
  ['symbol keys', { [Symbol.for('k')]: 1 }, { [Symbol.for('k')]: 1 }, true],
];
const a = { v: 1 }; a.self = a;
const b = { v: 1 }; b.self = b;
cases.push(['cycles', a, b, true]);
for (const [name, x, y, want] of cases) equal(name, isDeepStrictEqual(x, y), want);
equal('skipPrototype', isDeepStrictEqual({ a: 1 }, Object.assign(Object.create(null), { a: 1 }),
  { skipPrototype: true }), true);
