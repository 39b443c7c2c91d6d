// util.format: %s %d %i %f %j %o %O %c %% and unknown specifiers, missing and extra
// arguments, non-string first argument, and the %s rules for objects, bigints,
// symbols and -0.
'use strict';
const util = require('util');
class Foo { constructor() { this.a = 1; } }
class WithToString { toString() { return 'custom toString'; } }
class Prim { [Symbol.toPrimitive]() { return 'prim'; } }
const cases = [
  ['%s', 'a'], ['%s', 1], ['%s', -0], ['%s', 1n], ['%s', Symbol('s')], ['%s', null], ['%s', undefined],
  ['%s', { a: { b: 1 } }], ['%s', [1, [2, [3]]]], ['%s', new Date(0)], ['%s', new Foo()], ['%s', new WithToString()],
  ['%s', new Prim()], ['%s', { toString() { return 'own'; } }], ['%s', Object.create(null)], ['%s', function f() {}],
  ['%s', new Map([[1, 2]])], ['%s', new Set([1])], ['%s', Array.from({ length: 120 }, (_, i) => i)],
  ['%d', 42], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 1n], ['%d', Symbol('s')], ['%d', {}], ['%d', '0x10'], ['%d', ''],
  ['%i', 42.9], ['%i', '42.9abc'], ['%i', 1n], ['%i', Symbol('s')], ['%i', -0.5],
  ['%f', '1.5x'], ['%f', 2], ['%f', Symbol('s')], ['%f', 1n],
  ['%j', { a: 1 }], ['%j', undefined], ['%j', 'str'], ['%j', [1, { b: null }]],
  ['%o', { a: [1, 2] }], ['%o', [1, 2, 3]], ['%o', new Map([[{ a: 1 }, 'v']])],
  ['%O', { a: { b: { c: { d: 1 } } } }], ['%O', 'str'], ['%O', Array.from({ length: 30 }, (_, i) => i)],
  ['%c', 'color: red'], ['a%cb', 'css'], ['%%'], ['%%', 1], ['%% %s', 'x'], ['%s %s', 'only'], ['%x', 1], ['%', 1],
  ['%s:%s', 'a', 'b', 'extra', 1, { o: 1 }], ['no placeholders', 1, 'two', [3]], ['trailing %'], ['100%', 'x'],
  [1, 2, 3], [{ a: 1 }, 'b'], [null], [undefined, 'x'], ['a', 'b'], [Symbol('s'), 1n], [],
  ['%s', 'a', '%s'], ['%s%s', 1, 2], ['%d%%', 50], ['%5d', 1], ['%-s', 'x'], ['%ss', 'x'],
];
for (const args of cases) console.log(JSON.stringify(util.format(...args)));
console.log(JSON.stringify(util.formatWithOptions({ colors: true }, 'x %s %O', 1, { a: 1 }, [2])));
console.log(JSON.stringify(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, 'str')));
console.log(JSON.stringify(util.format('%o', function named() {})));
