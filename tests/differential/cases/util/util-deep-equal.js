// util.isDeepStrictEqual and assert.deepEqual (loose) on Node's comparison rules:
// prototypes, type tags, boxed primitives, dates, regexps, errors, typed arrays,
// Maps/Sets (object keys, loose primitive matches), symbols, cycles, holes, getters.
'use strict';
const util = require('util');
const assert = require('assert');

const loose = (a, b) => {
  try { assert.deepEqual(a, b); return true; } catch (e) { if (e.code !== 'ERR_ASSERTION') throw e; return false; }
};
const cases = [];
const add = (name, a, b) => cases.push([name, a, b]);

add('nums', 1, 1);
add('1 vs "1"', 1, '1');
add('NaN', NaN, NaN);
add('0/-0', 0, -0);
add('null/undef', null, undefined);
add('objs', { a: 1, b: [1, 2] }, { b: [1, 2], a: 1 });
add('objs str num', { a: 1 }, { a: '1' });
add('proto', {}, Object.create(null));
add('class inst', new (class A {})(), {});
add('arrays', [1, 2, 3], [1, 2, 3]);
add('array vs obj', [1], { 0: 1, length: 1 });
add('holes', [1, , 3], [1, undefined, 3]);
add('array extra key', Object.assign([1], { x: 1 }), [1]);
add('array extra same', Object.assign([1], { x: 1 }), Object.assign([1], { x: 1 }));
add('dates', new Date(5), new Date(5));
add('dates diff', new Date(5), new Date(6));
add('date extra prop', Object.assign(new Date(5), { a: 1 }), new Date(5));
add('invalid dates', new Date(NaN), new Date(NaN));
add('regexps', /a/g, /a/g);
add('regexps flags', /a/g, /a/i);
add('regexp lastIndex', Object.assign(/a/g, { lastIndex: 3 }), /a/g);
add('errors', new Error('a'), new Error('a'));
add('errors msg', new Error('a'), new Error('b'));
add('errors type', new Error('a'), new TypeError('a'));
add('errors cause', new Error('a', { cause: 1 }), new Error('a', { cause: 2 }));
add('errors cause missing', new Error('a', { cause: undefined }), new Error('a'));
add('errors extra', Object.assign(new Error('a'), { code: 1 }), new Error('a'));
add('boxed num', new Number(1), new Number(1));
add('boxed num diff', new Number(1), new Number(2));
add('boxed vs prim', new Number(1), 1);
add('boxed str', new String('a'), new String('a'));
add('boxed bool', new Boolean(true), new Boolean(false));
add('boxed sym', Object(Symbol.iterator), Object(Symbol.iterator));
add('boxed bigint', Object(1n), Object(1n));
add('typed', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
add('typed diff type', new Uint8Array([1, 2]), new Int8Array([1, 2]));
add('typed diff', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
add('float -0', new Float64Array([0]), new Float64Array([-0]));
add('float NaN', new Float64Array([NaN]), new Float64Array([NaN]));
add('typed extra', Object.assign(new Uint8Array(1), { a: 1 }), new Uint8Array(1));
add('arraybuffer', new Uint8Array([1]).buffer, new Uint8Array([1]).buffer);
add('arraybuffer diff', new Uint8Array([1]).buffer, new Uint8Array([2]).buffer);
add('dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
add('maps', new Map([[1, 'a'], [2, 'b']]), new Map([[2, 'b'], [1, 'a']]));
add('maps obj keys', new Map([[{ a: 1 }, 'x']]), new Map([[{ a: 1 }, 'x']]));
add('maps obj keys swap', new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
add('maps loose key', new Map([[1, 'a']]), new Map([['1', 'a']]));
add('maps loose val', new Map([[1, 1]]), new Map([[1, '1']]));
add('sets', new Set([1, 2, 3]), new Set([3, 2, 1]));
add('sets objs', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
add('sets loose', new Set([1]), new Set(['1']));
add('sets diff', new Set([1, 2]), new Set([1, 3]));
add('set vs map', new Set(), new Map());
add('weakmaps', new WeakMap(), new WeakMap());
add('symbols keys', { [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 1 });
add('symbols keys diff', { [Symbol.for('a')]: 1 }, { [Symbol.for('a')]: 2 });
add('symbol key extra', { [Symbol.for('a')]: 1 }, {});
add('non-enumerable', Object.defineProperty({}, 'a', { value: 1 }), {});
add('undefined prop', { a: undefined }, { b: undefined });
add('undefined prop vs missing', { a: undefined }, {});
const c1 = { a: 1 }; c1.self = c1;
const c2 = { a: 1 }; c2.self = c2;
add('cycles', c1, c2);
const c3 = { a: 1 }; c3.self = { a: 1, self: c3 };
add('cycles shape', c1, c3);
add('functions', function f() {}, function f() {});
add('same fn', loose, loose);
add('args', (function () { return arguments; })(1), (function () { return arguments; })(1));
add('args vs array', (function () { return arguments; })(1), [1]);
add('getter', { get a() { return 1; } }, { a: 1 });
add('promise', Promise.resolve(), Promise.resolve());
add('nested', { a: [{ b: new Map([[1, new Set([1])]]) }] }, { a: [{ b: new Map([[1, new Set([1])]]) }] });
add('boxed str extra', Object.assign(new String('ab'), { x: 1 }), new String('ab'));
add('obj toStringTag', { [Symbol.toStringTag]: 'X' }, {});

for (const [name, a, b] of cases) {
  console.log(`${name}: strict=${util.isDeepStrictEqual(a, b)} loose=${loose(a, b)}`);
}

// Collections whose members must be paired up by deep equality.
const shared = { s: 1 };
const more = [
  ['set dup objs', new Set([{ a: 1 }, { a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }, { a: 1 }])],
  ['set dup objs mismatch', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }])],
  ['set shared ref', new Set([shared, { x: 1 }]), new Set([{ x: 1 }, shared])],
  ['set shared vs copy', new Set([shared]), new Set([{ s: 1 }])],
  ['set reversed', new Set(Array.from({ length: 50 }, (_, i) => ({ i }))),
    new Set(Array.from({ length: 50 }, (_, i) => ({ i: 49 - i })))],
  ['set shuffled', new Set([{ i: 1 }, { i: 2 }, { i: 3 }, { i: 4 }]), new Set([{ i: 3 }, { i: 1 }, { i: 4 }, { i: 2 }])],
  ['set mixed', new Set([1, 'a', { o: 1 }, [1]]), new Set([[1], { o: 1 }, 'a', 1])],
  ['set loose mixed', new Set([1, { o: 1 }]), new Set([{ o: 1 }, '1'])],
  ['set loose null', new Set([null]), new Set([undefined])],
  ['map obj keys values differ', new Map([[{ k: 1 }, 'a'], [{ k: 1 }, 'b']]), new Map([[{ k: 1 }, 'b'], [{ k: 1 }, 'c']])],
  ['map shared key diff value', new Map([[shared, 1]]), new Map([[shared, 2]])],
  ['map shared key', new Map([[shared, { v: 1 }]]), new Map([[shared, { v: 1 }]])],
  ['map loose null key', new Map([[null, 1]]), new Map([[undefined, 1]])],
  ['map nested sets', new Map([[1, new Set([{ a: [1] }])]]), new Map([[1, new Set([{ a: [1] }])]])],
  ['array of sets', [new Set([1]), new Set([2])], [new Set([2]), new Set([1])]],
];
for (const [name, a, b] of more) {
  console.log(`${name}: strict=${util.isDeepStrictEqual(a, b)} loose=${loose(a, b)}`);
}
