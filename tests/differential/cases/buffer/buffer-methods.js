// Buffer.prototype methods: toString ranges, write (offset/length/encoding forms, partial
// characters), fill (strings, numbers, buffers, encodings, ranges), indexOf/lastIndexOf/
// includes (numbers, strings, buffers, byteOffset forms), equals, compare (ranges), copy,
// slice/subarray views, swap16/32/64, toJSON, and their errors.
'use strict';
const util = require('util');
function tryIt(label, f) {
  try {
    console.log(label, util.inspect(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const b = Buffer.from('this is a buffer, a buffer');
for (const args of [['is'], ['is', 3], ['is', -20], ['is', 100], ['buffer', -6], ['a', 'latin1'],
  ['a', 9, 'utf8'], [0x61], [0x161], [-159], [97.9], [Buffer.from('buf')], [new Uint8Array([0x61])],
  [''], ['', 5], ['', 100], ['', -3], ['x'], ['is', NaN], ['is', null], ['is', {}], ['is', '3'],
  ['is', 1.9], ['6973', 'hex'], ['aXM=', 'base64'], ['i\u0000s\u0000', 'ucs2'],
  ['is', 0, 'bogus'], [{}], [true], [Buffer.alloc(0)], ['a buffer', 2 ** 40], ['this', -(2 ** 40)]]) {
  tryIt(`indexOf ${util.inspect(args)}`, () => b.indexOf(...args));
  tryIt(`lastIndexOf ${util.inspect(args)}`, () => b.lastIndexOf(...args));
  tryIt(`includes ${util.inspect(args)}`, () => b.includes(...args));
}
tryIt('empty indexOf', () => [Buffer.alloc(0).indexOf('a'), Buffer.alloc(0).indexOf(''),
  Buffer.alloc(0).lastIndexOf(0), Buffer.alloc(0).indexOf(Buffer.alloc(0))]);

function wr(label, ...args) {
  const buf = Buffer.alloc(8);
  tryIt(`write ${label}`, () => [buf.write(...args), buf.toString('hex')]);
}
wr('plain', 'hello');
wr('long', 'hello world');
wr('offset', 'hi', 3);
wr('offset len', 'hello', 2, 2);
wr('offset enc', 'aabb', 1, 'hex');
wr('enc', '6869', 'hex');
wr('offset len enc', 'aGVsbG8=', 1, 3, 'base64');
wr('partial utf8', '€€€', 1);
wr('partial utf8 2', 'a€', 6);
wr('partial ucs2', 'abcd', 3, 'ucs2');
wr('latin1', 'é€', 'latin1');
wr('bad hex', 'zz11', 'hex');
wr('odd hex', 'abc', 'hex');
wr('bad offset', 'x', -1);
wr('float offset', 'x', 1.5);
wr('big offset', 'x', 9);
wr('offset end', 'x', 8);
wr('bad length', 'x', 0, -1);
wr('big length', 'abc', 6, 100);
wr('bad enc', 'x', 0, 2, 'bogus');
wr('non-string', 5);
wr('non-string enc', {}, 'hex');
wr('null enc', 'ab', 0, 2, null);

function fl(label, ...args) {
  tryIt(`fill ${label}`, () => Buffer.alloc(7).fill(...args).toString('hex'));
}
fl('num', 0x41);
fl('num big', 0x141);
fl('num neg', -1);
fl('float', 3.7);
fl('str', 'ab');
fl('str range', 'ab', 2, 5);
fl('str enc', 'abcd', 'hex');
fl('str offset enc', 'abcd', 1, 'hex');
fl('str utf8 multibyte', '€');
fl('latin1 char', 'é', 'latin1');
fl('ucs2', 'a', 'ucs2');
fl('base64', 'aGk=', 'base64');
fl('empty str', '');
fl('buffer', Buffer.from([1, 2, 3]));
fl('u16', new Uint16Array([0x0102]));
fl('bool', true);
fl('bad hex', 'zz', 'hex');
fl('empty buf', Buffer.alloc(0));
fl('bad enc', 'a', 'bogus');
fl('enc type', 'a', 0, 2, 5);
fl('bad offset', 1, -1);
fl('bad end', 1, 0, 8);
fl('float offset', 1, 1.5);
fl('offset >= end', 1, 5, 3);
fl('string offset', 1, '1');

const x = Buffer.from('abcdef');
const y = Buffer.from('abcxyz');
tryIt('equals', () => [x.equals(y), x.equals(Buffer.from('abcdef')), x.equals(new Uint8Array([97])),
  Buffer.alloc(0).equals(Buffer.alloc(0))]);
tryIt('equals bad', () => x.equals('abcdef'));
tryIt('compare', () => [x.compare(y), y.compare(x), x.compare(x), x.compare(y, 0, 3, 0, 3),
  x.compare(y, 3), x.compare(y, 0, 3), x.compare(y, 3, 6, 3, 6), x.compare(y, 6, 6, 0, 0),
  x.compare(y, 0, 0, 0, 1), x.compare(y, 0, 1, 0, 0), x.compare(y, undefined, undefined, 2)]);
for (const args of [[-1], [0, 7], [0, 1, -1], [0, 1, 0, 7], [1.5], ['1'], [0, 1, 7, 7], [7]]) {
  tryIt(`compare ${util.inspect(args)}`, () => x.compare(y, ...args));
}
tryIt('compare bad', () => x.compare('abc'));

function cp(label, ...args) {
  const src = Buffer.from('123456');
  const dst = Buffer.from('abcdefgh');
  tryIt(`copy ${label}`, () => [src.copy(dst, ...args), dst.toString()]);
}
cp('all');
cp('target start', 4);
cp('source range', 0, 2, 4);
cp('past end', 7);
cp('beyond', 8);
cp('neg target', -1);
cp('neg source', 0, -1);
cp('source past', 0, 7);
cp('neg end', 0, 0, -1);
cp('end < start', 0, 4, 2);
cp('floats', 1.5, 1.5, 3.5);
cp('strings', '1', '1', '3');
cp('nan', NaN, NaN, NaN);
tryIt('copy bad target', () => Buffer.from('a').copy('b'));
tryIt('copy to u16', () => {
  const t = new Uint16Array(2);
  return [Buffer.from([1, 2, 3, 4]).copy(t), t];
});
tryIt('copy overlap', () => {
  const o = Buffer.from('abcdef');
  o.copy(o, 2, 0, 4);
  return o.toString();
});

const s = Buffer.from('hello world');
const sl = s.slice(6);
sl[0] = 0x57;
tryIt('slice shares', () => [s.toString(), sl, s.subarray(-5, -1).toString(), s.slice(3, 1).length,
  s.subarray(2, 4) instanceof Buffer, s.slice(1.5, 3.5).toString(), s.subarray('2', '4').toString(),
  s.slice(NaN).length, s.slice(-100, 100).length, s.slice(undefined, 3).toString()]);

tryIt('swap16', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap16());
tryIt('swap32', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]).swap32());
tryIt('swap64', () => Buffer.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]).swap64());
tryIt('swap16 odd', () => Buffer.alloc(3).swap16());
tryIt('swap32 bad', () => Buffer.alloc(6).swap32());
tryIt('swap64 bad', () => Buffer.alloc(12).swap64());
tryIt('toJSON', () => [Buffer.from('hi').toJSON(), JSON.stringify(Buffer.alloc(0)),
  JSON.stringify({ b: Buffer.from([1, 2]) })]);
tryIt('toString enc', () => [Buffer.from('hi').toString('bogus')]);
tryIt('toLocaleString', () => Buffer.from('hi').toLocaleString('hex'));
tryIt('parent/offset', () => {
  const p = Buffer.from(new ArrayBuffer(4), 1);
  return [p.parent === p.buffer, p.offset];
});
tryIt('iteration', () => [[...Buffer.from('ab')], [...Buffer.from('ab').entries()],
  Buffer.from('abc').map((v) => v + 1), Buffer.from('abc').reverse().toString()]);
tryIt('slice methods', () => [Buffer.from('héllo').utf8Slice(1, 3), Buffer.from('hi').hexSlice(),
  Buffer.from('hi').base64Slice(0, 1), Buffer.from('hi').latin1Slice(), Buffer.from('hi').ucs2Slice()]);
tryIt('write methods', () => {
  const t = Buffer.alloc(4);
  return [t.utf8Write('ab'), t.hexWrite('ff', 2), t.latin1Write('z', 3), t];
});
console.log(Object.getOwnPropertyNames(Buffer.prototype).filter((n) => typeof Buffer.prototype[n] === 'function')
  .map((n) => `${n}:${Buffer.prototype[n].length}`).join(' '));
console.log(Object.getOwnPropertyNames(Buffer).filter((n) => typeof Buffer[n] === 'function')
  .map((n) => `${n}:${Buffer[n].length}`).join(' '));
// UTF-16 searches match whole code units only.
const u16 = Buffer.from('abcabc', 'ucs2');
const unitRows = [];
for (let off = -13; off <= 13; off++) {
  unitRows.push(`${off}:${u16.indexOf('b', off, 'ucs2')}/${u16.lastIndexOf('b', off, 'ucs2')}/` +
    `${u16.indexOf(Buffer.from('b', 'ucs2'), off, 'ucs2')}/${u16.lastIndexOf(Buffer.from('ca', 'ucs2'), off, 'utf16le')}/` +
    `${u16.indexOf('', off, 'ucs2')}`);
}
console.log(unitRows.join(' '));
const misaligned = Buffer.from([0x00, 0x61, 0x00, 0x62, 0x61, 0x00, 0x63]);
console.log(misaligned.indexOf('a', 'ucs2'), misaligned.lastIndexOf('a', 'ucs2'), misaligned.indexOf('', 100, 'ucs2'),
  Buffer.from([0x61]).indexOf('a', 'ucs2'), Buffer.from('abcab', 'ucs2').indexOf(Buffer.from('b'), 0, 'ucs2'));
