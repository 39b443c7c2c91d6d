// The read/write integer, float and BigInt families with their aliases: values, return
// offsets, and Node's errors for bad offsets (negative, NaN, float, string, past the end)
// and values out of range, including readIntLE/writeUIntBE with each byteLength.
'use strict';
function tryIt(label, f) {
  try {
    const r = f();
    console.log(label, typeof r === 'bigint' ? `${r}n` : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
const b = Buffer.from([0x01, 0x02, 0x03, 0x04, 0x85, 0x86, 0x87, 0x88, 0xff, 0x7f]);
const reads = ['readUInt8', 'readUint8', 'readInt8', 'readUInt16LE', 'readUInt16BE',
  'readUint16LE', 'readUint16BE', 'readInt16LE', 'readInt16BE', 'readUInt32LE', 'readUInt32BE',
  'readUint32LE', 'readUint32BE', 'readInt32LE', 'readInt32BE', 'readFloatLE', 'readFloatBE',
  'readDoubleLE', 'readDoubleBE', 'readBigUInt64LE', 'readBigUInt64BE', 'readBigUint64LE',
  'readBigUint64BE', 'readBigInt64LE', 'readBigInt64BE'];
for (const m of reads) {
  for (const off of [undefined, 0, 1, 2, 4, 6, 8, 9, 10, -1, 1.5, NaN, '1', null, Infinity]) {
    tryIt(`${m}(${String(off)})`, () => b[m](off));
  }
}
for (const m of ['readUIntLE', 'readUIntBE', 'readIntLE', 'readIntBE', 'readUintLE', 'readUintBE']) {
  for (const len of [1, 2, 3, 4, 5, 6, 0, 7, 1.5, undefined, '2']) {
    tryIt(`${m}(2, ${String(len)})`, () => b[m](2, len));
  }
  tryIt(`${m}(6, 6)`, () => b[m](6, 6));
  tryIt(`${m}(-1, 2)`, () => b[m](-1, 2));
}
tryIt('empty readUInt8', () => Buffer.alloc(0).readUInt8());
tryIt('short readDoubleLE', () => Buffer.alloc(4).readDoubleLE(0));
tryIt('short readBigInt64BE', () => Buffer.alloc(7).readBigInt64BE());

function w(m, args, size = 10) {
  const buf = Buffer.alloc(size);
  tryIt(`${m}(${args.map((a) => (typeof a === 'bigint' ? `${a}n` : String(a))).join(', ')})`, () => {
    const r = buf[m](...args);
    return `${r} ${buf.toString('hex')}`;
  });
}
for (const [m, vals] of [
  ['writeUInt8', [0, 255, 256, -1, 1.5, '7', NaN]],
  ['writeUint8', [200]],
  ['writeInt8', [-128, 127, 128, -129, -1]],
  ['writeUInt16LE', [0xabcd, 0x10000, -1]],
  ['writeUInt16BE', [0xabcd]],
  ['writeInt16LE', [-2, 0x8000, -0x8000]],
  ['writeInt16BE', [-2]],
  ['writeUInt32LE', [0xdeadbeef, 2 ** 32, -1]],
  ['writeUInt32BE', [0xdeadbeef]],
  ['writeUint32LE', [1]],
  ['writeInt32LE', [-1, 2 ** 31, -(2 ** 31)]],
  ['writeInt32BE', [-2]],
  ['writeFloatLE', [1.5, NaN, -Infinity, 1e40]],
  ['writeFloatBE', [-0.1]],
  ['writeDoubleLE', [Math.PI, -0]],
  ['writeDoubleBE', [1 / 3]],
]) {
  for (const v of vals) w(m, [v, 1]);
}
for (const off of [-1, 9, 10, 1.5, '0', NaN]) w('writeUInt16LE', [1, off]);
w('writeUInt32LE', [1]);
w('writeDoubleLE', [1, 3]);
for (const m of ['writeBigUInt64LE', 'writeBigUInt64BE', 'writeBigUint64LE', 'writeBigInt64LE',
  'writeBigInt64BE']) {
  for (const v of [0n, 1n, 2n ** 64n - 1n, 2n ** 64n, -1n, 2n ** 63n, -(2n ** 63n), 0x0102030405060708n]) {
    w(m, [v, 1]);
  }
  w(m, [1n, 3]);
}
for (const m of ['writeUIntLE', 'writeUIntBE', 'writeIntLE', 'writeIntBE', 'writeUintLE']) {
  for (const len of [1, 2, 3, 4, 5, 6]) {
    w(m, [2 ** (len * 8 - 1) - 1, 1, len]);
    w(m, [-(2 ** (len * 8 - 1)), 1, len]);
    w(m, [2 ** (len * 8), 1, len]);
  }
  w(m, [1, 0, 7]);
  w(m, [1, 0, undefined]);
  w(m, [1, 0, 0]);
  w(m, [1, 6, 6]);
}
const f = Buffer.alloc(8);
f.writeDoubleBE(123.456);
console.log(f.readDoubleBE(), f.readDoubleLE(), f.readFloatBE(2), f.readBigUInt64BE(), f.readBigInt64LE());
