// Buffer.from for arrays, array-likes, ArrayBuffers with offset/length (shared memory),
// typed arrays, other buffers, objects with valueOf/Symbol.toPrimitive, {type:'Buffer'}
// JSON, and the errors for values it rejects; alloc/allocUnsafe/of/copyBytesFrom/concat.
'use strict';
const util = require('util');
function tryIt(label, f) {
  try {
    console.log(label, util.inspect(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
tryIt('array', () => Buffer.from([1, 2, 256, -1, 1.9, '7', 'x', null, true]));
tryIt('array-like', () => Buffer.from({ length: 3, 0: 9, 2: 300 }));
tryIt('array-like bad length', () => Buffer.from({ length: 'x', 0: 1 }));
tryIt('json', () => Buffer.from({ type: 'Buffer', data: [1, 2, 3] }));
tryIt('json round trip', () => Buffer.from(JSON.parse(JSON.stringify(Buffer.from('hi')))));
tryIt('u16', () => Buffer.from(new Uint16Array([1, 0x1234, 0xffff])));
tryIt('f64', () => Buffer.from(new Float64Array([1.5, -1, 300])));
tryIt('buffer copy', () => {
  const a = Buffer.from('abc');
  const b = Buffer.from(a);
  b[0] = 0x7a;
  return [a, b];
});
const ab = new ArrayBuffer(8);
const view = Buffer.from(ab, 2, 4);
view[0] = 0xaa;
console.log(new Uint8Array(ab), view.length, view.byteOffset, view.buffer === ab);
for (const [o, l] of [[undefined, undefined], [4, undefined], [8, undefined], ['2', '3'],
  [NaN, 2], [1.5, 2], [0, -1], [0, 0], [9, undefined], [2, 7], [-1, undefined]]) {
  tryIt(`ab ${o} ${l}`, () => Buffer.from(ab, o, l));
}
tryIt('sab', () => Buffer.from(new SharedArrayBuffer(2)));
tryIt('valueOf string', () => Buffer.from({ valueOf() { return 'hey'; } }));
tryIt('valueOf string+enc', () => Buffer.from(new String('6869'), 'hex'));
tryIt('valueOf array', () => Buffer.from({ valueOf() { return [4, 5]; } }));
tryIt('toPrimitive', () => Buffer.from({ [Symbol.toPrimitive]() { return 'prim'; } }));
tryIt('toPrimitive enc', () => Buffer.from({ [Symbol.toPrimitive]() { return 'aGk='; } }, 'base64'));
for (const v of [5, null, undefined, true, Symbol('s'), {}, () => 1, 5n]) {
  tryIt(`from ${typeof v}`, () => Buffer.from(v));
}
tryIt('bad enc', () => Buffer.from('x', 'utf9'));
tryIt('alloc', () => [Buffer.alloc(3), Buffer.alloc(5, 'ab'), Buffer.alloc(4, 257),
  Buffer.alloc(6, 'aGk=', 'base64'), Buffer.alloc(3, Buffer.from([1, 2])), Buffer.alloc(0, 'x'),
  Buffer.alloc(3, ''), Buffer.alloc(2, 1.5)]);
for (const v of [-1, '1', NaN, 1.5, 2 ** 53, Infinity]) {
  tryIt(`alloc ${String(v)}`, () => Buffer.alloc(v));
  tryIt(`allocUnsafe ${String(v)}`, () => Buffer.allocUnsafe(v).length);
  tryIt(`allocUnsafeSlow ${String(v)}`, () => Buffer.allocUnsafeSlow(v).length);
}
tryIt('alloc fill bad', () => Buffer.alloc(2, 'zz', 'hex'));
tryIt('alloc fill bad enc', () => Buffer.alloc(2, 'a', 'nope'));
tryIt('of', () => Buffer.of(1, 2, 300));
tryIt('copyBytesFrom', () => [Buffer.copyBytesFrom(new Uint16Array([1, 2, 3]), 1),
  Buffer.copyBytesFrom(new Uint8Array([1, 2, 3]), 1, 1), Buffer.copyBytesFrom(new Uint8Array(3), 5),
  Buffer.copyBytesFrom(new Float32Array([1]))]);
tryIt('copyBytesFrom bad', () => Buffer.copyBytesFrom([1]));
tryIt('copyBytesFrom bad offset', () => Buffer.copyBytesFrom(new Uint8Array(2), -1));
tryIt('copyBytesFrom bad length', () => Buffer.copyBytesFrom(new Uint8Array(2), 0, 1.5));
tryIt('concat', () => [Buffer.concat([Buffer.from('ab'), new Uint8Array([0x63]), Buffer.alloc(0)]),
  Buffer.concat([Buffer.from('abc')], 2), Buffer.concat([Buffer.from('a')], 4), Buffer.concat([])]);
tryIt('concat bad', () => Buffer.concat([Buffer.from('a'), 'b']));
tryIt('concat not array', () => Buffer.concat(Buffer.from('a')));
tryIt('concat bad length', () => Buffer.concat([Buffer.from('a')], -1));
tryIt('isBuffer', () => [Buffer.isBuffer(Buffer.alloc(1)), Buffer.isBuffer(new Uint8Array(1)),
  Buffer.isBuffer(null), Buffer.isBuffer(Buffer.alloc(2).subarray(1))]);
tryIt('compare', () => [Buffer.compare(Buffer.from('a'), Buffer.from('b')),
  Buffer.compare(Buffer.from('b'), Buffer.from('a')), Buffer.compare(Buffer.from('ab'), Buffer.from('a')),
  Buffer.compare(Buffer.from(''), new Uint8Array(0)),
  [Buffer.from('c'), Buffer.from('a'), Buffer.from('ba')].sort(Buffer.compare)]);
tryIt('compare bad', () => Buffer.compare('a', Buffer.from('a')));
tryIt('deprecated ctor', () => [new Buffer(3).length, Buffer('ab').toString(), new Buffer([1, 2])]);
tryIt('ctor number+enc', () => Buffer(3, 'utf8'));
console.log(Buffer.poolSize, Buffer.name, Buffer.length, typeof Buffer.prototype.constructor,
  Object.getPrototypeOf(Buffer) === Uint8Array,
  Object.getPrototypeOf(Buffer.prototype) === Uint8Array.prototype,
  Buffer.alloc(1) instanceof Uint8Array, Buffer.alloc(1).constructor === Buffer);
console.log(Object.getOwnPropertyNames(Buffer).sort().join());
console.log(Object.getOwnPropertyNames(Buffer.prototype).sort().join());
const buffer = require('buffer');
console.log(Object.keys(buffer), buffer.kMaxLength, buffer.kStringMaxLength, buffer.constants,
  buffer.INSPECT_MAX_BYTES, buffer.Buffer === Buffer, typeof buffer.SlowBuffer);
