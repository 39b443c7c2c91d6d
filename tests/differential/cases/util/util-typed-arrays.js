// util.isDeepStrictEqual on typed arrays (unaligned views, word-sized fast path, tails, NaN,
// DataView, extra keys) and util.inspect of typed arrays/arrays with extra keys.
const util = require('util');
const buf = new ArrayBuffer(300);
const a = new Uint8Array(buf, 1, 200), b = new Uint8Array(200);
for (let i = 0; i < 200; i++) { a[i] = i; b[i] = i; }
console.log(util.isDeepStrictEqual(a, b));
b[199] = 0; console.log(util.isDeepStrictEqual(a, b));
const c = new Uint8Array(200), d = new Uint8Array(200); c[130] = 1; console.log(util.isDeepStrictEqual(c, d)); d[130] = 1; console.log(util.isDeepStrictEqual(c, d));
const e = new Uint8Array(203), f = new Uint8Array(203); f[202] = 9; console.log(util.isDeepStrictEqual(e, f));
console.log(util.isDeepStrictEqual(new Float64Array([NaN]), new Float64Array([NaN])), util.isDeepStrictEqual(new DataView(new ArrayBuffer(100)), new DataView(new ArrayBuffer(100))));
console.log(util.isDeepStrictEqual(Object.assign(new Uint8Array(100), { x: 1 }), Object.assign(new Uint8Array(100), { x: 1 })), util.isDeepStrictEqual(Object.assign(new Uint8Array(100), { x: 1 }), new Uint8Array(100)));
console.log(util.inspect(Object.assign(new Uint8Array(3), { x: 1, [Symbol('s')]: 2 })), util.inspect(Object.assign([1, 2], { y: 1 }), { showHidden: true }));
