// util.inspect of primitives: numbers (-0, NaN, exponents), bigints, symbols, and
// strings with Node's quote choice and escaping (controls, backslash, surrogates).
'use strict';
const util = require('util');
const values = [
  undefined, null, true, false, 0, -0, 1.5, -2.25, NaN, Infinity, -Infinity, 1e21, 1e-7,
  Number.MAX_SAFE_INTEGER, 2 ** 53 + 2, 0x10, 123n, -5n, 2n ** 70n,
  Symbol('desc'), Symbol(), Symbol.iterator, Symbol.for('registered'), Symbol('a\nb'),
  'hello', '', "it's", 'say "hi"', 'a"b\'c', '"\'`', '"\'${x}', 'a\nb\tc\rd', '\x00\x01\x07\x08\x0b\x0c\x1b\x1f',
  '\x7f\x80\x9f\xa0', 'back\\slash', 'héllo ☃ 😀', 'lone \ud800 and \udc00', 'line\u2028sep',
];
for (const v of values) console.log(util.inspect(v));
console.log(util.inspect('x'.repeat(100) + '\nsecond line\nthird'));
console.log(util.inspect({ s: 'word '.repeat(30) + '\nnext' }));
console.log(util.inspect(1234567.891, { numericSeparator: true }), util.inspect(-1234567n, { numericSeparator: true }));
console.log(util.inspect(0.000001234, { numericSeparator: true }), util.inspect(1e21, { numericSeparator: true }));
console.log(util.inspect('abcdefghij', { maxStringLength: 4 }), util.inspect(['abc', 'de'], { maxStringLength: 1 }));
