// assert: fail, ifError, match/doesNotMatch, equal/notEqual, missing arguments,
// message forms (format arguments, functions, Errors), assert.strict, the Assert class,
// partialDeepStrictEqual, AssertionError construction and properties.
'use strict';
const assert = require('assert');
const util = require('util');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(`--- ${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
}

show('fail none', () => assert.fail());
show('fail undefined', () => assert.fail(undefined));
show('fail null', () => assert.fail(null));
show('fail str', () => assert.fail('boom'));
show('fail num', () => assert.fail(5));
show('fail err', () => assert.fail(new TypeError('t')));
show('ifError', () => assert.ifError(new Error('bad')));
show('ifError str', () => assert.ifError('str'));
show('ifError empty', () => assert.ifError(new TypeError('')));
show('ifError null', () => assert.ifError(null));
show('ifError undefined', () => assert.ifError(undefined));
show('match', () => assert.match('abc', /x/));
show('match num', () => assert.match(5, /x/));
show('match bad re', () => assert.match('x', 'x'));
show('match msg', () => assert.match('abc', /x/, 'm %s', 'z'));
show('match ok', () => assert.match('abc', /b/));
show('doesNotMatch', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch num', () => assert.doesNotMatch(5, /b/));
show('equal', () => assert.equal(1, 2));
show('equal coerce', () => assert.equal(1, '1'));
show('equal NaN', () => assert.equal(NaN, NaN));
show('equal obj', () => assert.equal({ a: 1 }, { a: 1 }));
show('notEqual', () => assert.notEqual(1, '1'));
show('notEqual NaN', () => assert.notEqual(NaN, NaN));
show('missing', () => assert.equal(1));
show('missing deep', () => assert.deepStrictEqual(1));
show('fmt msg', () => assert.strictEqual(1, 2, 'a %s %d', 'b', 5));
show('fn msg', () => assert.strictEqual(1, 2, (a, b) => `got ${a} want ${b}`));
show('fn msg non-string', () => assert.strictEqual(1, 2, () => 5));
show('fn msg throws', () => assert.strictEqual(1, 2, () => { throw new Error('x'); }));
show('num msg', () => assert.strictEqual(1, 2, 5));
show('undefined msg', () => assert.strictEqual(1, 2, undefined));
show('err msg', () => assert.strictEqual(1, 2, new RangeError('own')));
show('err msg extra', () => assert.equal(1, 2, new Error('x'), 4));
show('fn msg extra', () => assert.strictEqual(1, 2, () => 1, 2));
show('empty msg', () => assert.deepEqual(1, 2, ''));
show('notStrictEqual fn msg', () => assert.notStrictEqual(1, 1, () => 'fnmsg'));
show('strict equal', () => assert.strict.equal(1, '1'));
show('strict deepEqual', () => assert.strict.deepEqual({ a: 1 }, { a: '1' }));
show('strict notEqual', () => assert.strict.notEqual(1, 1));
console.log(assert.strict.strict === assert.strict, assert.strict.Assert === assert.Assert,
  require('assert/strict') === assert.strict, assert.strict.ok === assert.ok);
console.log(Object.keys(assert).join(','));
console.log(Object.keys(assert.strict).join(','));

const { Assert } = assert;
const a = new Assert();
console.log(Object.getOwnPropertyNames(Assert.prototype).join(','));
console.log(Object.keys(a).join(','));
show('Assert strict equal', () => a.equal(1, '1'));
show('Assert loose equal', () => new Assert({ strict: false }).equal(1, '1'));
show('Assert bad diff', () => new Assert({ diff: 'x' }));
show('Assert no new', () => Assert());
const long = Array.from({ length: 60 }, (_, i) => i);
show('Assert full diff', () => new Assert({ diff: 'full' }).deepStrictEqual(long, [...long.slice(0, 59), 0]));
show('Assert simple diff', () => new Assert().deepStrictEqual(long, [...long.slice(0, 59), 0]));
show('skipPrototype', () => new Assert({ skipPrototype: true }).deepStrictEqual({ a: 1 }, Object.assign(Object.create(null), { a: 1 })));
const { ok } = a;
show('destructured ok', () => ok(false));

show('partial ok', () => assert.partialDeepStrictEqual({ a: 1, b: 2, c: [1, 2, 3] }, { a: 1, c: [3] }));
show('partial fail', () => assert.partialDeepStrictEqual({ a: 1, b: 2 }, { a: 2 }));
show('partial set', () => assert.partialDeepStrictEqual(new Set([1, 2, 3]), new Set([2])));
show('partial map', () => assert.partialDeepStrictEqual(new Map([[1, { a: 1, b: 2 }]]), new Map([[1, { a: 1 }]])));
show('partial typed', () => assert.partialDeepStrictEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2])));
show('partial arr dup', () => assert.partialDeepStrictEqual([1, 2], [1, 1]));
show('partial prim', () => assert.partialDeepStrictEqual(1, 2));
show('partial missing', () => assert.partialDeepStrictEqual({ a: 1 }, { b: undefined }));

const e1 = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
console.log(e1.message, e1.generatedMessage, e1.name, e1.code, String(e1));
console.log(Object.keys(e1).join(','));
console.log(new assert.AssertionError({ message: 'hi' }).message);
console.log(new assert.AssertionError({ actual: 1, expected: 2, operator: 'foo' }).message);
console.log(new assert.AssertionError({ actual: 1, expected: 2 }).message);
console.log(new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual', message: 'own' }).message);
show('AssertionError bad options', () => new assert.AssertionError(1));
console.log(e1 instanceof Error, Object.getPrototypeOf(assert.AssertionError) === Error);
const inspected = util.inspect(e1).split('\n').filter((l) => !l.trimStart().startsWith('at '));
console.log(inspected.join('\n'));
