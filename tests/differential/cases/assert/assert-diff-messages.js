// assert: AssertionError messages and Node 26's diff format for strictEqual, deepStrictEqual,
// deepEqual and their negations, on primitives, strings, objects, arrays, long values.
'use strict';
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(`--- ${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
}

show('num', () => assert.strictEqual(1, 2));
show('zero', () => assert.strictEqual(0, -0));
show('str short', () => assert.strictEqual('abc', 'abd'));
show('str long', () => assert.strictEqual('hello world, how are you', 'hello world, how are we'));
show('str very long', () => assert.strictEqual('a'.repeat(60), 'a'.repeat(59) + 'b'));
show('str multiline', () => assert.strictEqual('a\nb\nc', 'a\nB\nc'));
show('types', () => assert.strictEqual(1, '1'));
show('null undef', () => assert.strictEqual(null, undefined));
show('objects same', () => assert.strictEqual({ a: 1 }, { a: 1 }));
show('objects diff', () => assert.strictEqual({ a: 1 }, { a: 2 }));
show('fn', () => assert.strictEqual(function f() {}, function g() {}));
show('custom msg', () => assert.strictEqual(1, 2, 'my message'));
show('deep obj', () => assert.deepStrictEqual({ a: 1, b: [1, 2] }, { a: 2, b: [1, 2] }));
show('deep arr', () => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show('deep nested', () => assert.deepStrictEqual({ a: { b: { c: [1, 2, { d: 1 }] } } }, { a: { b: { c: [1, 2, { d: 2 }] } } }));
const big1 = {}; const big2 = {};
for (let i = 0; i < 30; i++) { big1['k' + i] = i; big2['k' + i] = i === 15 ? 'x' : i; }
show('deep long', () => assert.deepStrictEqual(big1, big2));
show('deep long arr', () => assert.deepStrictEqual(Array.from({ length: 40 }, (_, i) => i), Array.from({ length: 40 }, (_, i) => (i === 3 || i === 30 ? -i : i))));
show('deep prim', () => assert.deepStrictEqual(1, 2));
show('deep str', () => assert.deepStrictEqual('a', 'b'));
show('deep identical', () => assert.deepStrictEqual([1, { a: 1 }], [1, { a: 1 }].concat([])) );
show('deep proto', () => assert.deepStrictEqual({}, Object.create(null)));
show('deep same inspect', () => assert.deepStrictEqual(new Number(1), 1));
show('deep map', () => assert.deepStrictEqual(new Map([[1, 'a'], [2, 'b']]), new Map([[1, 'a'], [2, 'c']])));
show('deep set', () => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show('deep date', () => assert.deepStrictEqual(new Date(0), new Date(1)));
show('deep err', () => assert.deepStrictEqual(new Error('a'), new Error('b')));
show('deep extra key', () => assert.deepStrictEqual({ a: 1 }, { a: 1, b: 2 }));
show('deep missing key', () => assert.deepStrictEqual({ a: 1, b: 2, c: 3 }, { a: 1 }));
show('deep custom msg', () => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
show('loose', () => assert.deepEqual({ a: 1 }, { a: 2 }));
show('loose prim', () => assert.deepEqual(1, 2));
show('equal', () => assert.equal(1, 2));
show('equal str', () => assert.equal('a', 'b'));
show('equal obj', () => assert.equal({ a: 1 }, { a: 1 }));
show('notEqual', () => assert.notEqual(1, '1'));
show('notStrictEqual', () => assert.notStrictEqual(1, 1));
show('notStrictEqual str', () => assert.notStrictEqual('hello world', 'hello world'));
const o = { a: 1 };
show('notStrictEqual obj', () => assert.notStrictEqual(o, o));
show('notDeepStrictEqual', () => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show('notDeepStrictEqual prim', () => assert.notDeepStrictEqual(1, 1));
show('notDeepEqual', () => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show('notDeepEqual same', () => assert.notDeepEqual({ a: 1 }, { a: 1 }));
const long = {}; for (let i = 0; i < 60; i++) long['p' + i] = i;
show('notDeepStrictEqual long', () => assert.notDeepStrictEqual(long, { ...long }));
show('deep arr len', () => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show('deep undefined', () => assert.deepStrictEqual({ a: undefined }, {}));
show('deep nan', () => assert.deepStrictEqual(NaN, 0));
show('deep sym', () => assert.deepStrictEqual({ [Symbol('s')]: 1 }, { [Symbol('s')]: 1 }));
show('deep str obj', () => assert.deepStrictEqual('abc', { a: 1 }));
show('deep nested multi', () => assert.deepStrictEqual(
  { name: 'x', list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], meta: { a: 1, b: 2 } },
  { name: 'y', list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 11], meta: { a: 1, b: 3 } }));
