// Dev check: compares weft's util.inspect / util.format / error messages /
// validators (loaded through dev/run-under-node.js) with the oracle Node's own,
// over a large battery of values. Prints each mismatch and a summary.
//
//   .oracle/node/bin/node --expose-internals --no-warnings \
//     crates/weft-node/js/dev/compare-inspect.js [-v] [filter]
'use strict';

const path = require('path');
const { weftRequire } = require(path.join(__dirname, 'run-under-node.js'));
const nodeUtil = require('util');
const weftInspect = weftRequire('internal/util/inspect');
const weftFormat = weftRequire('internal/util/format');
const weftErrors = weftRequire('internal/errors');
const weftValidators = weftRequire('internal/validators');
const nodeErrors = require('internal/errors');
const nodeValidators = require('internal/validators');

const verbose = process.argv.includes('-v');
const filter = process.argv.slice(2).find((a) => a !== '-v');

let total = 0;
let same = 0;
const mismatches = [];

function check(label, nodeFn, weftFn) {
  if (filter && !label.includes(filter)) return;
  total++;
  let a;
  let b;
  try { a = nodeFn(); } catch (e) { a = `THROWS ${e && e.message}`; }
  try { b = weftFn(); } catch (e) { b = `THROWS ${e && e.message}`; if (verbose) console.log(e && e.stack); }
  if (a === b) {
    same++;
  } else {
    mismatches.push(label);
    console.log(`--- ${label}\nnode: ${JSON.stringify(a)}\nweft: ${JSON.stringify(b)}`);
    if (verbose) console.log(`node:\n${a}\nweft:\n${b}`);
  }
}

// ---------------------------------------------------------------------------
// Values. Each entry: [label, makeValue, options?]. Errors get fixed stacks so
// the text does not depend on where they were made.

function fixedError(Ctor, msg, frames = ['    at f (/x/a.js:1:1)', '    at g (/x/b.js:2:2)'], extra) {
  const e = new Ctor(msg);
  e.stack = `${e.name}${msg ? `: ${msg}` : ''}${frames.length ? '\n' : ''}${frames.join('\n')}`;
  if (extra) Object.assign(e, extra);
  return e;
}

class Foo { constructor() { this.a = 1; this.b = 'two'; } }
class Bar extends Foo { constructor() { super(); this.c = [1, 2]; } }
class Tagged { get [Symbol.toStringTag]() { return 'T'; } }
class MyMap extends Map {}
class MySet extends Set {}
class MyArray extends Array {}
class MyErr extends Error {}
class NamedErr extends Error { constructor(m) { super(m); this.name = 'NamedErr'; } }
class WithStatic { static x = 1; }
function Legacy() { this.v = 1; }

const circular = { name: 'c' };
circular.self = circular;
const circA = { x: 1 };
const circB = { a: circA };
circA.b = circB;
circA.list = [circB, circA];

const longStr = 'lorem ipsum dolor sit amet '.repeat(6);
const nums = (n, f = (i) => i) => Array.from({ length: n }, (_, i) => f(i));

const values = [
  // primitives
  ['undefined', () => undefined], ['null', () => null], ['true', () => true], ['false', () => false],
  ['0', () => 0], ['-0', () => -0], ['1.5', () => 1.5], ['NaN', () => NaN], ['Infinity', () => -Infinity],
  ['1e21', () => 1e21], ['1e-7', () => 1e-7], ['bigint', () => 123n], ['neg bigint', () => -5n],
  ['max safe', () => Number.MAX_SAFE_INTEGER],
  ['symbol', () => Symbol('desc')], ['symbol empty', () => Symbol()], ['symbol well-known', () => Symbol.iterator],
  ['symbol for', () => Symbol.for('reg')], ['symbol newline', () => Symbol('a\nb')],
  ['str', () => 'hello'], ['str empty', () => ''], ['str single quote', () => "it's"],
  ['str both quotes', () => 'a"b\'c'], ['str all quotes', () => '"\'`'], ['str dollar brace', () => '"\'${x}'],
  ['str newline', () => 'a\nb'], ['str tab', () => 'a\tb'], ['str controls', () => '\x00\x01\x1b\x7f\x80\x9f'],
  ['str backslash', () => 'a\\b'], ['str unicode', () => 'héllo ☃ 😀'], ['str lone surrogate', () => 'a\ud800b\udc00'],
  ['str u2028', () => 'x\u2028y'], ['str long', () => longStr], ['str long newlines', () => `${'x'.repeat(90)}\nyy\nzz`],
  ['str long quote', () => `${"it's ".repeat(30)}`],
  // arrays
  ['arr empty', () => []], ['arr nums', () => [1, 2, 3]], ['arr mixed', () => [1, 'a', null, undefined, true, 1n, Symbol('s')]],
  ['arr nested', () => [[1, [2, [3, [4, [5]]]]]]], ['arr holes', () => [1, , 3, , , 6]], ['arr all holes', () => new Array(5)],
  ['arr hole end', () => { const a = [1, 2]; a.length = 4; return a; }], ['arr one hole', () => [, 1]],
  ['arr extra prop', () => Object.assign([1, 2], { a: 1, 'b-c': 2 })], ['arr neg prop', () => Object.assign([1], { '-1': 0 })],
  ['arr 7 nums', () => [1, 2, 3, 4, 5, 6, 7]], ['arr 26 nums', () => nums(26)], ['arr 30 mult', () => nums(30, (i) => i * 37)],
  ['arr 100', () => nums(100)], ['arr 101', () => nums(101)], ['arr 130', () => nums(130)], ['arr 250 strs', () => nums(250, (i) => `s${i}`)],
  ['arr str grow', () => nums(8, (i) => 'a'.repeat(i))], ['arr alpha', () => nums(26, (i) => String.fromCharCode(97 + i).repeat(i % 5 + 1))],
  ['arr 30 strs', () => nums(30, (i) => `str${i}`)], ['arr floats', () => nums(20, (i) => i / 3)], ['arr neg', () => nums(20, (i) => i - 10)],
  ['arr bigints', () => nums(12, (i) => BigInt(i) ** 5n)], ['arr objs 10', () => nums(10, (i) => ({ x: i }))],
  ['arr objs in obj', () => ({ a: nums(10, (i) => ({ x: i })) })], ['arr long entries', () => nums(8, (i) => 'x'.repeat(20 + i))],
  ['arr mixed lengths', () => [1, 22, 333, 4444, 55555, 666666, 7777777, 88888888, 999999999, 1, 2, 3]],
  ['arr with one long', () => [...nums(10), 'a'.repeat(60)]], ['arr of arrays', () => nums(10, (i) => [i, i + 1])],
  ['arr nested 2d', () => nums(5, (i) => nums(10, (j) => i * j))], ['arr of holes many', () => { const a = new Array(20); a[3] = 1; a[15] = 2; return a; }],
  ['arr with undefined', () => [undefined, undefined, undefined, undefined, undefined, undefined, undefined]],
  ['arr 7 strings', () => ['a', 'b', 'c', 'd', 'e', 'f', 'g']], ['arr bools', () => nums(16, (i) => i % 2 === 0)],
  ['arr nulls', () => nums(12, () => null)], ['arr in deep obj', () => ({ a: { b: { arr: nums(30) } } })],
  ['arr subclass', () => MyArray.from([1, 2])], ['arr subclass empty', () => new MyArray()],
  ['arr null proto', () => Object.setPrototypeOf([1, 2], null)],
  // objects
  ['obj empty', () => ({})], ['obj simple', () => ({ a: 1, b: 'x', c: null })], ['obj nested', () => ({ a: { b: { c: { d: { e: 1 } } } } })],
  ['obj keys quoting', () => ({ 'a-b': 1, "it's": 2, 'q"\'': 3, '\n': 4, '': 5, 'é': 6, $a: 7, _b: 8, '1a': 9, 10: 10 })],
  ['obj long', () => ({ longkeyname1: 'value number one', longkeyname2: 'value number two', longkeyname3: 'v3' })],
  ['obj many keys', () => Object.fromEntries(nums(30, (i) => [`k${i}`, i]))],
  ['obj long string value', () => ({ a: longStr })], ['obj long newline value', () => ({ a: `${'x'.repeat(100)}\n${'y'.repeat(10)}` })],
  ['obj undefined', () => ({ u: undefined })], ['obj symbol keys', () => ({ [Symbol('a')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol("x'y")]: 4 })],
  ['obj null proto', () => Object.create(null)], ['obj null proto keys', () => Object.assign(Object.create(null), { a: 1 })],
  ['obj inherit', () => Object.assign(Object.create({ inherited: 1 }), { own: 2 })],
  ['obj proto null chain', () => Object.create(Object.create(null))],
  ['obj getters', () => ({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} })],
  ['obj getters on', () => ({ get a() { return 1; }, get o() { return { x: 1 }; }, get n() { return null; }, get t() { throw fixedError(Error, 'bad'); }, get u() { throw 5; } }), { getters: true }],
  ['obj getters get', () => ({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }), { getters: 'get' }],
  ['obj getters set', () => ({ get a() { return 1; }, get b() { return 2; }, set b(v) {} }), { getters: 'set' }],
  ['obj nonenumerable', () => Object.defineProperty({ a: 1 }, 'h', { value: 2, enumerable: false }), { showHidden: true }],
  ['obj nonenum weird', () => Object.defineProperty({}, 'h\nx', { value: 1, enumerable: false }), { showHidden: true }],
  ['obj __proto__ key', () => JSON.parse('{"__proto__": 1}')],
  ['obj depth 3 arrays', () => ({ a: [[[[1]]]] })], ['obj deep map', () => ({ a: { b: { c: new Map([[1, {}]]) } } })],
  ['obj mixed nesting', () => ({ a: 1, b: { c: [1, 2, { d: 3 }], e: 'str' }, f: [{ g: { h: 1 } }] })],
  ['obj wide nested', () => ({ alpha: { beta: 1, gamma: 2 }, delta: { epsilon: [1, 2, 3], zeta: 'eta' }, theta: { iota: { kappa: 1 } } })],
  ['obj exactly 80', () => ({ aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddd', e: 1 })],
  ['obj 4 levels compact', () => ({ a: { b: { c: {} } } })], ['obj 3 levels', () => ({ a: { b: { c: 1 } } })],
  ['obj with arr and obj', () => ({ list: [1, 2, 3], map: { x: 1 } })], ['obj toStringTag own', () => ({ [Symbol.toStringTag]: 'X', a: 1 })],
  ['obj toStringTag proto', () => Object.create({ [Symbol.toStringTag]: 'Y' })],
  ['arguments', () => (function () { return arguments; })(1, 2)],
  // class instances
  ['instance', () => new Foo()], ['instance sub', () => new Bar()], ['instance in arr', () => [new Foo()]],
  ['instance tagged', () => new Tagged()], ['instance legacy', () => new Legacy()],
  ['instance anon class', () => new (class {})()], ['instance ctor prop', () => ({ constructor: 'x' })],
  // functions
  ['fn named', () => function foo() {}], ['fn anon', () => function () {}], ['fn arrow', () => () => {}],
  ['fn async', () => async function af() {}], ['fn async arrow', () => async () => {}], ['fn gen', () => function* g() {}],
  ['fn async gen', () => async function* ag() {}], ['fn with props', () => Object.assign(function f() {}, { x: 1 })],
  ['fn null proto', () => Object.setPrototypeOf(function np() {}, null)], ['fn method', () => ({ m() {} }).m],
  ['fn bound', () => function b() {}.bind(null)], ['fn builtin', () => Math.max], ['fn in obj', () => ({ f() {}, g: () => 1 })],
  ['class', () => class A {}], ['class anon', () => class {}], ['class extends', () => class extends Array {}],
  ['class extends named', () => class B extends Foo {}], ['class static', () => WithStatic],
  ['class with props', () => Object.assign(class C {}, { y: 2 })],
  // circular
  ['circular', () => circular], ['circular multi', () => circA], ['circular arr', () => { const a = [1]; a.push(a); return a; }],
  ['circular map', () => { const m = new Map(); m.set('self', m); return m; }],
  ['circular nested', () => { const o = { a: { b: {} } }; o.a.b.c = o.a; return o; }],
  // Map / Set / weak
  ['map', () => new Map([['a', 1], [{ b: 2 }, [3]]])], ['map empty', () => new Map()], ['set', () => new Set([1, 'a', {}])],
  ['set empty', () => new Set()], ['set 30', () => new Set(nums(30))], ['map 30', () => new Map(nums(30, (i) => [i, `v${i}`]))],
  ['map nested', () => new Map([['k', new Map([['inner', new Set([1])]])]])], ['map with props', () => Object.assign(new Map(), { a: 1 })],
  ['map subclass', () => new MyMap([[1, 2]])], ['set subclass', () => new MySet()], ['set max 2', () => new Set([1, 2, 3]), { maxArrayLength: 2 }],
  ['map max 1', () => new Map([[1, 2], [3, 4]]), { maxArrayLength: 1 }],
  ['weakmap', () => new WeakMap()], ['weakset', () => new WeakSet()],
  ['map iter', () => new Map([[1, 2]]).entries()], ['map keys iter', () => new Map([[1, 2]]).keys()], ['set iter', () => new Set([1]).values()],
  ['arr iter', () => [1, 2][Symbol.iterator]()],
  // dates, regexps, boxed
  ['date', () => new Date(0)], ['date invalid', () => new Date(NaN)], ['date props', () => Object.assign(new Date(0), { a: 1 })],
  ['regexp', () => /a\/b/gi], ['regexp props', () => Object.assign(/x/, { a: 1 })], ['regexp new', () => new RegExp('a.b', 'y')],
  ['num obj', () => new Number(3)], ['num obj -0', () => new Number(-0)], ['str obj', () => new String('ab')],
  ['bool obj', () => new Boolean(false)], ['sym obj', () => Object(Symbol('s'))], ['bigint obj', () => Object(1n)],
  ['str obj props', () => Object.assign(new String('ab'), { x: 1 })],
  // typed arrays / buffers
  ['u8', () => new Uint8Array([1, 2, 3])], ['f64', () => new Float64Array([1.5, -0, NaN])], ['i64', () => new BigInt64Array(2)],
  ['u8 empty', () => new Uint8Array(0)], ['u8 big', () => new Uint8Array(150)], ['i32 40', () => Int32Array.from(nums(40, (i) => i * 1000 - 20000))],
  ['u8 showHidden', () => new Uint8Array([1]), { showHidden: true }], ['u8 props', () => Object.assign(new Uint8Array(2), { x: 1 })],
  ['arraybuffer', () => new ArrayBuffer(2)], ['arraybuffer data', () => new Uint8Array([1, 2, 255]).buffer],
  ['arraybuffer big', () => new ArrayBuffer(120)], ['dataview', () => new DataView(new ArrayBuffer(3))],
  ['u8 in obj', () => ({ buf: new Uint8Array(4) })], ['f32', () => new Float32Array([0.1, 1e10])],
  // promises, proxies
  ['promise resolved', () => Promise.resolve(1)], ['promise pending', () => new Promise(() => {})],
  ['promise obj', () => Promise.resolve({ a: [1, 2] })], ['promise rejected', () => { const p = Promise.reject(fixedError(Error, 'r')); p.catch(() => {}); return p; }],
  ['promise rejected str', () => { const p = Promise.reject('no'); p.catch(() => {}); return p; }],
  ['promise in obj', () => ({ p: Promise.resolve(2) })], ['promise props', () => Object.assign(Promise.resolve(1), { x: 1 })],
  ['proxy', () => new Proxy({ a: 1 }, {})], ['proxy show', () => new Proxy({ a: 1 }, {}), { showProxy: true }],
  ['proxy fn', () => new Proxy(function f() {}, {})], ['proxy arr in obj', () => ({ a: new Proxy([1, 2], {}) })],
  ['proxy proxy', () => new Proxy(new Proxy({}, {}), {})], ['proxy revoked', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; }],
  ['proxy depth', () => new Proxy({ a: 1 }, {}), { depth: -1 }], ['proxy traps', () => new Proxy({ a: 1 }, { get() { return 5; }, ownKeys() { return []; } })],
  // custom inspect
  ['custom str', () => ({ [Symbol.for('nodejs.util.inspect.custom')](d, o, i) { return `CUSTOM ${d} ${typeof i} ${o.depth}`; } })],
  ['custom obj', () => ({ x: { [Symbol.for('nodejs.util.inspect.custom')]() { return { y: 1 }; } } })],
  ['custom multiline', () => ({ a: { b: { [Symbol.for('nodejs.util.inspect.custom')]() { return 'line1\nline2'; } } } })],
  ['custom this', () => ({ q: 1, [Symbol.for('nodejs.util.inspect.custom')]() { return this; } })],
  ['custom off', () => ({ [Symbol.for('nodejs.util.inspect.custom')]() { return 'C'; } }), { customInspect: false }],
  ['custom uses inspect', () => ({ v: 2, [Symbol.for('nodejs.util.inspect.custom')](d, o, insp) { return `W(${insp(this.v, o)})`; } })],
  ['custom userOptions', () => ({ [Symbol.for('nodejs.util.inspect.custom')](d, o) { return String(o.extra); } }), { extra: 'yes' }],
  ['custom stylize', () => ({ [Symbol.for('nodejs.util.inspect.custom')](d, o) { return o.stylize('S', 'special'); } }), { colors: true }],
  // errors
  ['err simple', () => fixedError(Error, 'boom')], ['err type', () => fixedError(TypeError, 'bad')],
  ['err no frames', () => fixedError(Error, 'alone', [])], ['err empty msg', () => fixedError(Error, '')],
  ['err in obj', () => ({ e: fixedError(Error, 'm') })], ['err in arr', () => [fixedError(Error, 'm')]],
  ['err props', () => fixedError(Error, 'm', undefined, { x: { y: 1 }, code: 'E' })],
  ['err cause str', () => { const e = fixedError(TypeError, 't'); e.cause = 'str'; return e; }],
  ['err cause err', () => new Error('w', { cause: fixedError(RangeError, 'inner') })],
  ['err aggregate', () => { const e = new AggregateError([fixedError(Error, 'a1', [])], 'agg'); e.stack = 'AggregateError: agg\n    at c (x.js:3:3)'; return e; }],
  ['err stack string', () => { const e = new Error('m'); e.stack = 'nope'; return e; }],
  ['err stack undefined', () => { const e = new Error('m'); e.stack = undefined; return e; }],
  ['err renamed', () => { const e = fixedError(RangeError, 'r', []); e.name = 'Weird'; return e; }],
  ['err subclass', () => { const e = new MyErr('my'); e.stack = 'Error: my\n    at q (x.js:1:1)'; return e; }],
  ['err named subclass', () => { const e = new NamedErr('n'); e.stack = 'NamedErr: n\n    at q (x.js:1:1)'; return e; }],
  ['err null proto', () => { const e = new Error('m'); e.stack = 'Error: m\n    at z (x.js:1:1)'; Object.setPrototypeOf(e, null); return e; }],
  ['err proto only', () => Object.create(Error.prototype)],
  ['err depth0', () => ({ a: { e: fixedError(Error, 'deep') } }), { depth: 0 }],
  ['err nested indent', () => ({ a: { b: fixedError(Error, 'x') } })],
  ['err cause chain', () => { const inner = fixedError(Error, 'in', ['    at a (f.js:1:1)', '    at b (f.js:2:2)', '    at c (f.js:3:3)', '    at d (f.js:4:4)', '    at e (f.js:5:5)']); const outer = new Error('out', { cause: inner }); outer.stack = 'Error: out\n    at z (g.js:9:9)\n    at b (f.js:2:2)\n    at c (f.js:3:3)\n    at d (f.js:4:4)\n    at e (f.js:5:5)'; return outer; }],
  ['err real', () => new Error('real stack')],
  ['err message own enum', () => { const e = fixedError(Error, 'm'); Object.defineProperty(e, 'message', { enumerable: true, value: 'm' }); return e; }],
  ['err name own diff', () => { const e = fixedError(Error, 'm'); e.name = 'Other'; return e; }],
  ['abort-like', () => { const e = fixedError(Error, 'The operation was aborted'); e.name = 'AbortError'; e.code = 'ABORT_ERR'; return e; }],
  // options
  ['opt depth 0', () => ({ a: { b: 1 }, c: [1] }), { depth: 0 }], ['opt depth null', () => ({ a: { b: { c: { d: { e: {} } } } } }), { depth: null }],
  ['opt depth Infinity', () => ({ a: { b: { c: { d: 1 } } } }), { depth: Infinity }],
  ['opt compact false', () => ({ a: 1, b: { c: 2 }, d: [1, 2] }), { compact: false }],
  ['opt compact true', () => ({ a: [1, 2], b: { c: { d: 1 } }, e: longStr }), { compact: true }],
  ['opt compact 1', () => ({ a: { b: 1 }, c: 2 }), { compact: 1 }], ['opt compact 0 arr', () => nums(10), { compact: 0 }],
  ['opt breakLength 40', () => ({ a: 'aaaaaaaaaa', b: 'bbbbbbbbbb', c: 'cccccccccc' }), { breakLength: 40 }],
  ['opt breakLength Infinity', () => ({ a: longStr, b: nums(30) }), { breakLength: Infinity }],
  ['opt breakLength Inf compact', () => ({ a: { b: { c: { d: { e: 1 } } } } }), { breakLength: Infinity, depth: Infinity }],
  ['opt sorted', () => ({ b: 1, a: 2, c: { z: 1, y: 2 } }), { sorted: true }],
  ['opt sorted fn', () => ({ b: 1, a: 2, c: 3 }), { sorted: (x, y) => (x < y ? 1 : -1) }],
  ['opt sorted arr', () => Object.assign([3, 1], { z: 1, a: 2 }), { sorted: true }],
  ['opt maxArrayLength 2', () => [1, 2, 3], { maxArrayLength: 2 }], ['opt maxArrayLength 0', () => [1, 2, 3], { maxArrayLength: 0 }],
  ['opt maxArrayLength null', () => nums(120), { maxArrayLength: null }],
  ['opt maxStringLength', () => 'abcdef', { maxStringLength: 2 }], ['opt maxStringLength 1', () => ['abc'], { maxStringLength: 2 }],
  ['opt showHidden arr', () => [1, 2], { showHidden: true }], ['opt showHidden obj', () => ({ a: 1 }), { showHidden: true }],
  ['opt showHidden err', () => fixedError(Error, 'h'), { showHidden: true }],
  ['opt numericSeparator', () => [1234567.891, -1234567, 1234n, 0.0001234, 123, 1e21, 12345.6789], { numericSeparator: true }],
  ['opt colors obj', () => ({ a: 1, b: 'x', c: null, d: undefined, e: true, f: Symbol('s'), g: 1n, h: [] }), { colors: true }],
  ['opt colors arr', () => [1, null, undefined, true, 's', Symbol('x'), 1n], { colors: true }],
  ['opt colors nested', () => ({ d: new Date(0), f() {}, m: new Map([[1, 2]]), c: circular }), { colors: true }],
  ['opt colors grouped', () => nums(30), { colors: true }], ['opt colors getter', () => ({ get a() { return 1; } }), { colors: true }],
  ['opt colors holes', () => [1, , 3], { colors: true }], ['opt colors boxed', () => new Number(3), { colors: true }],
  ['opt colors string', () => 'str', { colors: true }], ['opt colors proxy', () => new Proxy({}, {}), { colors: true }],
  ['opt colors err in obj', () => ({ e: fixedError(Error, 'c') }), { colors: true }],
  ['opt colors core frames', () => fixedError(Error, 'c', ['    at f (/x/a.js:1:1)', '    at Module._compile (node:internal/modules/cjs/loader:1:1)', '    at g (/x/node_modules/pkg/i.js:1:1)']), { colors: true }],
  ['legacy args', () => ({ a: { b: { c: { d: {} } } } }), undefined, [false, 3]],
  ['legacy showHidden', () => [1], true],
];

function argsFor(opts, legacy) {
  if (legacy) return legacy;
  return opts === undefined ? [] : [opts];
}

for (const [label, make, opts, legacy] of values) {
  const value = make();
  const args = argsFor(opts, legacy);
  check(`inspect ${label}`, () => nodeUtil.inspect(value, ...args), () => weftInspect.inspect(value, ...args));
  if (opts === undefined && legacy === undefined) {
    // The same value nested one and two levels down.
    check(`inspect nested ${label}`, () => nodeUtil.inspect({ k: value, arr: [value] }),
      () => weftInspect.inspect({ k: value, arr: [value] }));
  }
}

// Random nested values (seeded, so runs repeat) under a few option sets: catches
// layout differences (line breaking, grouping, indentation) the list above misses.
let seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed % n;
}
const words = ['a', 'bb', 'word', 'longer words here', "it's", 'x'.repeat(40), 'multi\nline', ''];
function randomValue(depth) {
  const kind = rand(depth > 3 ? 5 : 11);
  switch (kind) {
    case 0: return rand(2000) - 1000;
    case 1: return words[rand(words.length)];
    case 2: return [null, undefined, true, false, -0, NaN, 1.25, 10n][rand(8)];
    case 3: return rand(100000) / 7;
    case 4: return Symbol(words[rand(3)]);
    case 5: case 6: {
      const o = {};
      const n = rand(8);
      for (let i = 0; i < n; i++) o[`${words[rand(4)]}${i}`] = randomValue(depth + 1);
      return o;
    }
    case 7: case 8: return Array.from({ length: rand(depth === 0 ? 40 : 12) }, () => randomValue(depth + 1));
    case 9: return new Map(Array.from({ length: rand(5) }, () => [randomValue(depth + 2), randomValue(depth + 1)]));
    default: return new Set(Array.from({ length: rand(6) }, () => randomValue(depth + 1)));
  }
}
const randomOptions = [undefined, { depth: 4 }, { breakLength: 60 }, { compact: 1 }, { compact: false },
  { compact: true, breakLength: 100 }, { depth: Infinity, breakLength: 120 }, { sorted: true, maxArrayLength: 10 },
  { colors: true }, { numericSeparator: true, compact: 2 }, { showHidden: true, depth: 1 }];
for (let i = 0; i < 500; i++) {
  const value = randomValue(0);
  const opts = randomOptions[i % randomOptions.length];
  check(`random #${i} ${JSON.stringify(opts)}`, () => nodeUtil.inspect(value, opts), () => weftInspect.inspect(value, opts));
}

// Engine stacks without the `Name: message` header (QuickJS's form): weft must
// print what Node prints for the same error with V8's header.
function framesOnly(make) {
  const withHeader = make();
  const bare = make();
  bare.stack = String(withHeader.stack).split('\n').filter((l) => /^\s+at /.test(l)).join('\n') + '\n';
  return [withHeader, bare];
}
const framesOnlyCases = [
  ['plain', () => fixedError(Error, 'boom')],
  ['type', () => fixedError(TypeError, 'bad')],
  ['empty message', () => fixedError(Error, '')],
  ['props', () => fixedError(Error, 'm', undefined, { code: 'E', extra: [1] })],
  ['subclass', () => { const e = new MyErr('my'); e.stack = 'Error: my\n    at q (x.js:1:1)'; return e; }],
  ['named subclass', () => { const e = new NamedErr('n'); e.stack = 'NamedErr: n\n    at q (x.js:1:1)'; return e; }],
  ['cause', () => { const e = new Error('w', { cause: fixedError(RangeError, 'inner') }); e.stack = 'Error: w\n    at o (x.js:1:1)'; return e; }],
  ['node error', () => { const e = new nodeErrors.codes.ERR_INVALID_ARG_TYPE('a', 'string', 1); e.stack = `${e.name} [${e.code}]: ${e.message}\n    at z (x.js:1:1)`; return e; }],
];
for (const [label, make] of framesOnlyCases) {
  const [withHeader, bare] = framesOnly(make);
  if (label === 'node error') Object.defineProperty(bare, weftErrors.kIsNodeError, { value: true });
  check(`frames-only stack ${label}`, () => nodeUtil.inspect({ e: withHeader }), () => weftInspect.inspect({ e: bare }));
}

// ---------------------------------------------------------------------------
// format

const fmtCases = [
  ['%s', 'a'], ['%s', 1], ['%s', -0], ['%s', 1n], ['%s', Symbol('s')], ['%s', null], ['%s', undefined],
  ['%s', { a: { b: 1 } }], ['%s', [1, [2, [3]]]], ['%s', new Date(0)], ['%s', fixedError(Error, 'e')],
  ['%s', { toString() { return 'custom'; } }], ['%s', new Foo()], ['%s', Object.create(null)],
  ['%s', function f() {}], ['%s', new Map([[1, 2]])], ['%s', { [Symbol.toPrimitive]() { return 'prim'; } }],
  ['%d', 42], ['%d', '42'], ['%d', 1.5], ['%d', -0], ['%d', 1n], ['%d', Symbol('s')], ['%d', {}], ['%d', '0x10'], ['%d', ''],
  ['%i', 42.9], ['%i', '42.9abc'], ['%i', 1n], ['%i', Symbol('s')], ['%i', -0.5],
  ['%f', '1.5x'], ['%f', 2], ['%f', Symbol('s')], ['%f', 1n],
  ['%j', { a: 1 }], ['%j', circular], ['%j', undefined], ['%j', 'str'],
  ['%o', { a: [1, 2] }], ['%o', function f() {}], ['%O', { a: { b: { c: { d: 1 } } } }], ['%O', 'str'],
  ['%c', 'color: red'], ['a%cb', 'css'], ['%%'], ['%%', 1], ['%% %s', 'x'], ['%s %s', 'only'], ['%x', 1], ['%', 1],
  ['%s:%s', 'a', 'b', 'extra', 1, { o: 1 }], ['no placeholders', 1, 'two', [3]], ['trailing %'], ['100%', 'x'],
  [1, 2, 3], [{ a: 1 }, 'b'], [null], [undefined, 'x'], ['a', 'b'], [Symbol('s'), 1n], [],
  ['%s', 'a', '%s'], ['%s%s', 1, 2], ['%d%%', 50], ['%5d', 1], ['%-s', 'x'], ['%ss', 'x'],
  ['%o', [1, 2, 3]], ['%o', new Map([[{ a: 1 }, 'v']])], ['%O', nums(30)], ['%s', nums(120)],
  ['%s', 'x'.repeat(200)], ['%s', { a: longStr }], ['str', longStr], [longStr, { a: 1 }],
];
for (const args of fmtCases) {
  check(`format ${nodeUtil.inspect(args, { breakLength: Infinity }).slice(0, 60)}`,
    () => nodeUtil.format(...args), () => weftFormat.format(...args));
}
check('formatWithOptions colors', () => nodeUtil.formatWithOptions({ colors: true }, 'x %s %o', 1, { a: 1 }, [2]),
  () => weftFormat.formatWithOptions({ colors: true }, 'x %s %o', 1, { a: 1 }, [2]));
check('formatWithOptions depth', () => nodeUtil.formatWithOptions({ depth: 0 }, { a: { b: 1 } }),
  () => weftFormat.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
check('formatWithOptions bad', () => nodeUtil.formatWithOptions(null, 'x'),
  () => weftFormat.formatWithOptions(null, 'x'));

// ---------------------------------------------------------------------------
// errors: message, name, toString, inspect (without frames), keys

function describeError(e) {
  const stackHead = String(e.stack).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');
  const shown = nodeUtil.inspect(e).split('\n').filter((l) => !/^\s+at /.test(l)).join('\n');
  return JSON.stringify([e.name, e.message, e.code, String(e), Object.keys(e),
    e instanceof Error, e.constructor === Object.getPrototypeOf(Object.getPrototypeOf(e)).constructor || e.constructor.name,
    stackHead, shown]);
}

const errCases = [
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', 5], ['ERR_INVALID_ARG_TYPE', 'a', 'string', 5n],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', -0], ['ERR_INVALID_ARG_TYPE', 'a', 'string', NaN],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', true], ['ERR_INVALID_ARG_TYPE', 'a', 'string', Symbol('s')],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', undefined], ['ERR_INVALID_ARG_TYPE', 'a', 'string', null],
  ['ERR_INVALID_ARG_TYPE', 'a', 'number', 'x'], ['ERR_INVALID_ARG_TYPE', 'a', 'number', 'a'.repeat(40)],
  ['ERR_INVALID_ARG_TYPE', 'a', 'number', "abc'def"], ['ERR_INVALID_ARG_TYPE', 'a', 'string', {}],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', []], ['ERR_INVALID_ARG_TYPE', 'a', 'string', new Map()],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', Object.create(null)], ['ERR_INVALID_ARG_TYPE', 'a', 'string', function foo() {}],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', () => {}], ['ERR_INVALID_ARG_TYPE', 'a', 'string', class A {}],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', new Foo()], ['ERR_INVALID_ARG_TYPE', 'a', ['string', 'number'], 1n],
  ['ERR_INVALID_ARG_TYPE', 'a', ['string', 'number', 'boolean'], 1n], ['ERR_INVALID_ARG_TYPE', 'a', ['string', 'Buffer', 'Uint8Array'], 1],
  ['ERR_INVALID_ARG_TYPE', 'a', ['Buffer', 'Uint8Array'], 1], ['ERR_INVALID_ARG_TYPE', 'a', 'Buffer', 1],
  ['ERR_INVALID_ARG_TYPE', 'a', ['Object'], 1], ['ERR_INVALID_ARG_TYPE', 'a', 'Function', 1],
  ['ERR_INVALID_ARG_TYPE', 'a', ['function', 'null'], 1], ['ERR_INVALID_ARG_TYPE', 'a', ['null', 'undefined'], 1],
  ['ERR_INVALID_ARG_TYPE', 'a', ['Array', 'Object'], 1], ['ERR_INVALID_ARG_TYPE', 'a', ['string', 'Buffer', 'an instance of TypedArray'], 1],
  ['ERR_INVALID_ARG_TYPE', 'a', ['a b c', 'string'], 1], ['ERR_INVALID_ARG_TYPE', 'a', ['Function', 'Object'], 1],
  ['ERR_INVALID_ARG_TYPE', 'a.b', 'string', 1], ['ERR_INVALID_ARG_TYPE', 'x argument', 'string', 1],
  ['ERR_INVALID_ARG_TYPE', 'a', ['Foo', 'Bar', 'Baz'], 1], ['ERR_INVALID_ARG_TYPE', 'a', ['function', 'number', 'string', 'object'], 1],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', 1e21], ['ERR_INVALID_ARG_TYPE', 'a', 'string', async function af() {}],
  ['ERR_INVALID_ARG_TYPE', 'a', 'string', new Proxy({}, {})], ['ERR_INVALID_ARG_TYPE', 'a', ['an object', 'string'], 1],
  ['ERR_INVALID_ARG_TYPE', 'a', ['object', 'Array'], 1], ['ERR_INVALID_ARG_TYPE', 'a', 'symbol', 'x'.repeat(30)],
  ['ERR_INVALID_ARG_VALUE', 'x', 5], ['ERR_INVALID_ARG_VALUE', 'x.y', 'str', 'must be good'],
  ['ERR_INVALID_ARG_VALUE', 'x', 'a'.repeat(200)], ['ERR_INVALID_ARG_VALUE', 'x', { a: { b: { c: { d: 1 } } } }],
  ['ERR_OUT_OF_RANGE', 'x', '>= 0', -1], ['ERR_OUT_OF_RANGE', 'x', '>= 0', 2 ** 40], ['ERR_OUT_OF_RANGE', 'x', '>= 0', -(2 ** 40)],
  ['ERR_OUT_OF_RANGE', 'x', '>= 0', 2n ** 40n], ['ERR_OUT_OF_RANGE', 'x', '>= 0', 5n], ['ERR_OUT_OF_RANGE', 'x', '>= 0', 1.5],
  ['ERR_OUT_OF_RANGE', 'x', '>= 0', 'str'], ['ERR_OUT_OF_RANGE', 'Custom msg', '>= 0', 3, true],
  ['ERR_OUT_OF_RANGE', 'x', '>= 0', 12345678901.5], ['ERR_OUT_OF_RANGE', 'x', '>= 0', -123456789012], ['ERR_OUT_OF_RANGE', 'x', '>= 0', 2 ** 32],
  ['ERR_OUT_OF_RANGE', 'x', '>= 0', -(2n ** 33n)],
  ['ERR_MISSING_ARGS', 'a'], ['ERR_MISSING_ARGS', 'a', 'b'], ['ERR_MISSING_ARGS', 'a', 'b', 'c'], ['ERR_MISSING_ARGS', ['a', 'b'], 'c'],
  ['ERR_ASYNC_CALLBACK', 'init'], ['ERR_ASYNC_TYPE', 5], ['ERR_ASYNC_TYPE', ''], ['ERR_INVALID_ASYNC_ID', 'triggerAsyncId', -2],
  ['ERR_INVALID_THIS', 'URLSearchParams'], ['ERR_METHOD_NOT_IMPLEMENTED', '_read()'],
  ['ERR_UNHANDLED_ERROR'], ['ERR_UNHANDLED_ERROR', 'str'], ['ERR_UNHANDLED_ERROR', { a: 1 }], ['ERR_UNHANDLED_ERROR', 5],
  ['ERR_INVALID_RETURN_VALUE', 'a promise', 'fn', 5], ['ERR_INVALID_RETURN_VALUE', 'a promise', 'fn', {}],
  ['ERR_INVALID_RETURN_VALUE', 'a promise', 'fn', null], ['ERR_INVALID_RETURN_VALUE', 'a promise', 'fn', Object.create(null)],
  ['ERR_UNKNOWN_ENCODING', 'foo'], ['ERR_INVALID_STATE', 'closed'],
  ['ERR_REQUIRE_ESM', '/a/b.mjs', true], ['ERR_REQUIRE_ESM', '/a/b.mjs', false, '/a/c.js'],
  ['ERR_UNKNOWN_BUILTIN_MODULE', 'node:foo'], ['ERR_MODULE_NOT_FOUND', 'x', '/a/b.js', 'package'],
  ['ERR_MODULE_NOT_FOUND', 'x', '/a/b.js', undefined],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', '/a/node_modules/p/', './sub', '/a/b.js'],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', '/a/node_modules/p/', '.', '/a/b.js'],
  ['ERR_PACKAGE_PATH_NOT_EXPORTED', '/a/node_modules/p/', './sub'],
  ['ERR_UNKNOWN_FILE_EXTENSION', '.ts', '/a/b.ts'],
];
for (const [code, ...args] of errCases) {
  check(`error ${code} ${nodeUtil.inspect(args, { breakLength: Infinity }).slice(0, 70)}`,
    () => describeError(new nodeErrors.codes[code](...args)),
    () => describeError(new weftErrors.codes[code](...args)));
}
check('AbortError', () => describeError(new nodeErrors.AbortError()), () => describeError(new weftErrors.AbortError()));
check('AbortError msg cause', () => describeError(new nodeErrors.AbortError('m', { cause: 1 })),
  () => describeError(new weftErrors.AbortError('m', { cause: 1 })));
check('genericNodeError', () => describeError(nodeErrors.genericNodeError('msg', { code: 'X', errno: 1 })),
  () => describeError(weftErrors.genericNodeError('msg', { code: 'X', errno: 1 })));

// ---------------------------------------------------------------------------
// validators

const validatorCases = [
  ['validateString', 5, 'name'], ['validateString', 'ok', 'name'], ['validateFunction', 5, 'cb'],
  ['validateFunction', null, 'cb'], ['validateBoolean', 'x', 'flag'], ['validateNumber', '1', 'n'],
  ['validateNumber', 5, 'n', 0, 3], ['validateNumber', -1, 'n', 0], ['validateNumber', NaN, 'n', 0], ['validateNumber', 5, 'n', undefined, 3],
  ['validateInteger', 1.5, 'i'], ['validateInteger', 'x', 'i'], ['validateInteger', 2 ** 60, 'i'], ['validateInteger', 5, 'i', 0, 3],
  ['validateInt32', 2 ** 31, 'i'], ['validateInt32', 1.5, 'i'], ['validateInt32', -5, 'i', 0], ['validateUint32', -1, 'u'],
  ['validateUint32', 0, 'u', true], ['validateUint32', 2 ** 32, 'u'], ['validateUint32', '1', 'u'],
  ['validateObject', null, 'o'], ['validateObject', [], 'o'], ['validateObject', 1, 'o'], ['validateObject', () => {}, 'o'],
  ['validateObject', null, 'o', 1], ['validateObject', [], 'o', 2], ['validateObject', () => {}, 'o', 4], ['validateObject', 'x', 'o', 7],
  ['validateArray', {}, 'arr'], ['validateArray', [], 'arr', 1], ['validateArray', [1], 'arr', 1],
  ['validateOneOf', 'c', 'mode', ['a', 'b']], ['validateOneOf', 3, 'mode', [1, 2, 'x']], ['validateOneOf', 'a', 'mode', ['a']],
  ['validateAbortSignal', {}, 'signal'], ['validateAbortSignal', null, 'signal'], ['validateAbortSignal', undefined, 'signal'],
  ['validateAbortSignal', { aborted: false }, 'signal'],
];
for (const [fn, ...args] of validatorCases) {
  const run = (v) => () => {
    try {
      v[fn](...args);
      return 'ok';
    } catch (e) {
      return `${e.name} ${e.code} ${e.message}`;
    }
  };
  check(`validator ${fn} ${nodeUtil.inspect(args, { breakLength: Infinity })}`, run(nodeValidators), run(weftValidators));
}

console.log(`\n${same}/${total} identical${mismatches.length ? `, ${mismatches.length} mismatches` : ''}`);
process.exitCode = mismatches.length === 0 ? 0 : 1;
