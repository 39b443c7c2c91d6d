// util.inspect: many shapes — long arrays, string splitting, numeric separators, depth, errors
// with changed names/no stack, circular Maps, classes (static, extends null), bound functions,
// sparse and typed arrays with extra keys, boxed values with props, toStringTag, proxies,
// maxArrayLength/maxStringLength/compact/breakLength, showHidden (with prototype data
// properties), defaultOptions, legacy (showHidden, depth) arguments.
const util = require('util');
const i = util.inspect;
const out = (...a) => console.log(...a);
out(i(new Array(120).fill(0).map((_, k) => k)));
out(i(['a'.repeat(20), 'b'.repeat(20), 'c'.repeat(20), 'd'.repeat(20)]));
out(i({ s: 'x'.repeat(100) }));
out(i('a\nb'.repeat(3), { compact: false }));
out(i({ a: 'line1\nline2\nline3'.repeat(5) }));
out(i(1234567.891, { numericSeparator: true }), i(-1234567n, { numericSeparator: true }), i(0.0000001, { numericSeparator: true }));
out(i({ a: { b: { c: { d: { e: 1 } } } }, arr: [[[[1]]]] }));
const e = new Error('msg'); e.name = 'Custom'; out(i(e).split('\n')[0]);
const e2 = new Error('nostack'); e2.stack = undefined; out(i(e2));
const e3 = new TypeError('in obj'); out(i({ e: e3 }).split('\n')[0]);
const e4 = new Error('x'); delete e4.stack; Object.defineProperty(e4, 'stack', {value: ''}); out(i(e4));
const m = new Map(); m.set('self', m); out(i(m));
class S { static x = 1; static m() {} } out(i(S), i(class extends S {}), i(class Foo extends null {}));
out(i(function () {}.bind(null)), i(Object.assign(function named() {}, { p: 1 })));
out(i(Symbol('')), i(Symbol()), i(Infinity), i(-Infinity), i([-0, 0, NaN]));
const sparse = [1]; sparse[50] = 2; out(i(sparse));
out(i(Object.assign(new Uint8Array(2), { x: 1 })), i(new SharedArrayBuffer(2)), i(new BigInt64Array(2)));
out(i(Object.assign(new Date(0), { x: 1 })), i(Object.assign(/x/, { y: 2 })), i(Object.assign(new Number(3), { z: 1 })));
out(i(Object.create(Date.prototype)), i(Object.setPrototypeOf([1, 2], null)));
out(i({ [Symbol.toStringTag]: 'Tagged', a: 1 }), i(new (class Q { get [Symbol.toStringTag]() { return 'QQ'; } })()));
class P { constructor() { this.a = 1; } } const pi = new P(); Object.defineProperty(pi, 'constructor', { value: 5 }); out(i(pi));
out(i(new Proxy([1, 2], {})), i(new Proxy(function f() {}, {})), i(new Proxy({}, {}), { showProxy: true }));
out(i([undefined, null, true]), i({ 'a-b': 1, 'valid_id': 2, '1a': 3, 3: 4 }));
out(i(new Map([[{ a: 1 }, new Set([1])]]), { depth: 0 }), i([new Map(), new Set(), new WeakMap()], { depth: 0 }));
out(i({ a: 1, b: 2, c: 3 }, { breakLength: 5 }));
out(i([1, 2, 3], { maxArrayLength: 1 }), i(new Set([1, 2, 3]), { maxArrayLength: 1 }), i(new Map([[1, 2], [3, 4]]), { maxArrayLength: 0 }), i(new Uint8Array(5), { maxArrayLength: 2 }));
out(i('abcdef', { maxStringLength: 2 }), i(['abcdef'], { maxStringLength: 0 }));
out(i({ a: [1, 2, { b: 3 }] }, { compact: 1 }), i({ a: [1, 2, { b: 3 }] }, { compact: true }));
out(i(new Set([new Set([new Set([1])])]), { depth: 1 }));
out(i(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }), { showHidden: true }));
out(i([1, 2], { showHidden: true }), i(Object.defineProperty({}, 'h', { value: 1 }), { showHidden: true }));
out(i(Promise.resolve({ a: 1 })), i(Promise.resolve(Promise.resolve(2))));
out(i(async function* ag() {}), i((function* () {})()), i((async function* () {})()));
out(i(new WeakRef({})), i(Symbol.iterator), i(Object(Symbol.iterator)));
out(i(globalThis.process ? 1 : 0));
out(util.inspect.defaultOptions.depth, i({ a: { b: { c: { d: 1 } } } }, { depth: null }));
util.inspect.defaultOptions.depth = 0; out(i({ a: { b: 1 } })); util.inspect.defaultOptions.depth = 2;
try { util.inspect.defaultOptions = 5 } catch (e) { out(e.code, e.message) }
try { i({}, { depth: 'x' }) } catch (e) { out(e.code, e.message) }
out(i('x', true), i({ a: { b: { c: { d: { e: 1 } } } } }, false, 0));
out(i(new Error('e', { cause: 'str' })).split('\n').filter(l => !l.includes(' at ')).join('|'));
out(i(Object.assign(Object.create(null), { [Symbol('s')]: 1 })));
out(i(new (class extends Array {})(3)), i(new (class Foo extends Set {})([1])), i(new (class Bar extends Promise {})(() => {})));
out(i({ a: () => {}, b: class {}, c: Symbol('x'), d: 10n }));
out(i([,]), i([, 1]), i(new Array(3)), i([1, , , , 5]));
out(i(new String('abc'), { showHidden: true }), i(Object('xy')));
out(i(Object.assign([1, 2, 3], { '-1': 'neg' })));
console.log(i(Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }), { showHidden: true }));
class A2 { constructor() { this.x = 1; } get g() { return 5; } m() {} }
A2.prototype.field = 'pf';
class B extends A2 {}
B.prototype.bf = [1];
console.log(i(new B(), { showHidden: true }), i(new B(), { showHidden: true, getters: true }));
console.log(i([new A2()], { showHidden: true, depth: 0 }));
console.log(i(Object.create(Object.create({ deep: 1 })), { showHidden: true }));
