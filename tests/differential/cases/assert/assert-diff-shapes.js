// assert: more diff shapes — trailing-comma disparities, reordered and inserted array
// items, nested arrays of objects, class instances, null-prototype objects, long lines,
// strings versus objects, Error values, the 'full' diff mode, loose deepEqual truncation.
'use strict';
const assert = require('assert');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(`--- ${label}: ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
}

show('insert middle', () => assert.deepStrictEqual([1, 2, 3, 4], [1, 2, 'x', 3, 4]));
show('remove last', () => assert.deepStrictEqual([1, 2, 3], [1, 2]));
show('append', () => assert.deepStrictEqual([1, 2], [1, 2, 3, 4]));
show('reorder', () => assert.deepStrictEqual(['a', 'b', 'c'], ['c', 'b', 'a']));
show('objs in array', () => assert.deepStrictEqual([{ id: 1, v: 'a' }, { id: 2, v: 'b' }], [{ id: 1, v: 'a' }, { id: 2, v: 'c' }]));
class Point { constructor(x, y) { this.x = x; this.y = y; } }
show('class inst', () => assert.deepStrictEqual(new Point(1, 2), new Point(1, 3)));
show('class vs plain', () => assert.deepStrictEqual(new Point(1, 2), { x: 1, y: 2 }));
show('null proto', () => assert.deepStrictEqual(Object.assign(Object.create(null), { a: 1 }), Object.assign(Object.create(null), { a: 2 })));
show('long line', () => assert.deepStrictEqual({ text: 'a'.repeat(200) }, { text: 'a'.repeat(199) + 'b' }));
show('str vs obj', () => assert.deepStrictEqual('text', { text: 1 }));
show('num vs arr', () => assert.deepStrictEqual(1, [1]));
show('undefined vs null', () => assert.deepStrictEqual(undefined, null));
show('arrays of arrays', () => assert.deepStrictEqual([[1, 2, 3], [4, 5, 6]], [[1, 2, 3], [4, 6, 5]]));
show('sets of objs', () => assert.deepStrictEqual(new Set([{ a: 1 }]), new Set([{ a: 2 }])));
show('nested map', () => assert.deepStrictEqual({ m: new Map([['k', { deep: [1, 2] }]]) }, { m: new Map([['k', { deep: [1, 3] }]]) }));
show('typed', () => assert.deepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4])));
show('symbols', () => assert.deepStrictEqual({ [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 }));
show('getter', () => assert.deepStrictEqual({ get a() { return 1; } }, { a: 2 }));
const big = Array.from({ length: 30 }, (_, i) => ({ id: i }));
const big2 = big.map((o) => (o.id === 20 ? { id: 'twenty' } : { ...o }));
show('big objs array', () => assert.deepStrictEqual(big, big2));
const nums = Array.from({ length: 80 }, (_, i) => i);
show('full diff', () => new assert.Assert({ diff: 'full' }).deepStrictEqual(nums, [...nums.slice(0, 79), -1]));
const same = Array.from({ length: 60 }, (_, i) => ({ i }));
show('not identical long', () => assert.deepStrictEqual(same, same.map((o) => ({ ...o })).concat([]).map((o) => o), 'x'));
show('loose long', () => assert.deepEqual({ s: 'x'.repeat(600) }, { s: 'y' }));
show('notDeepEqual long', () => assert.notDeepEqual({ s: 'x'.repeat(1100) }, { s: 'x'.repeat(1100) }));
show('strictEqual multiline str', () => assert.strictEqual('line1\nline2\nline3', 'line1\nlineX\nline3'));
show('strictEqual long strs', () => assert.strictEqual('a'.repeat(100), 'b'.repeat(100)));
show('strictEqual arrays', () => assert.strictEqual([1, 2], [1, 2]));
show('strictEqual nested', () => assert.strictEqual({ a: [1] }, { a: [2] }));
show('notStrictEqual fn', () => { const f = () => {}; assert.notStrictEqual(f, f); });
show('notStrictEqual long str', () => assert.notStrictEqual('x'.repeat(10), 'x'.repeat(10)));
show('notDeepStrictEqual arr', () => assert.notDeepStrictEqual([1, [2, 3]], [1, [2, 3]]));
show('errors', () => assert.deepStrictEqual({ e: new TypeError('a') }, { e: new TypeError('a') }));
