// TextEncoder: encode (strings, lone surrogates, non-strings), encodeInto (partial writes by
// whole characters, read/written counts), encoding, argument errors, inspect and prototype.
'use strict';
const util = require('util');
function tryIt(label, f) {
  try {
    console.log(label, util.inspect(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const enc = new TextEncoder();
console.log(enc.encoding, util.inspect(enc), util.inspect(enc, { depth: -1 }), String(enc));
for (const s of ['', 'abc', 'héllo', '€', '😀', 'a\ud800b', '\udc00', '\ud83d\ude00\ud83d', undefined,
  null, 123, { toString() { return 'obj'; } }]) {
  tryIt(`encode ${typeof s === 'string' ? JSON.stringify(s) : String(s)}`, () => enc.encode(s));
}
tryIt('encode()', () => enc.encode());
tryIt('encode result type', () => [enc.encode('a') instanceof Uint8Array, Buffer.isBuffer(enc.encode('a')),
  enc.encode('abc').buffer.byteLength]);
for (const [s, n] of [['abc', 5], ['abc', 2], ['a€😀', 0], ['a€😀', 1], ['a€😀', 3], ['a€😀', 4],
  ['a€😀', 7], ['a€😀', 8], ['a\ud800', 3], ['a\ud800', 4], ['', 4], ['😀😀', 5]]) {
  tryIt(`encodeInto ${JSON.stringify(s)} ${n}`, () => {
    const dest = new Uint8Array(n);
    const r = enc.encodeInto(s, dest);
    return [r, dest];
  });
}
tryIt('encodeInto offset view', () => {
  const whole = new Uint8Array(6);
  const r = enc.encodeInto('hey', whole.subarray(2, 4));
  return [r, whole];
});
tryIt('encodeInto buffer', () => {
  const b = Buffer.alloc(3);
  return [enc.encodeInto('xyz', b), b];
});
tryIt('encodeInto bad dest', () => enc.encodeInto('a', []));
tryIt('encodeInto u16', () => enc.encodeInto('a', new Uint16Array(2)));
tryIt('encodeInto bad src', () => enc.encodeInto(1, new Uint8Array(2)));
tryIt('bad this', () => TextEncoder.prototype.encode.call({}, 'a'));
tryIt('bad this getter', () => Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get.call({}));
console.log(Object.getOwnPropertyNames(TextEncoder.prototype), Object.keys(TextEncoder.prototype),
  TextEncoder.name, TextEncoder.length, Object.prototype.toString.call(enc),
  require('util').TextEncoder === TextEncoder);
