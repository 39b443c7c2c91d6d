// Buffer views share memory the way Node documents: Buffer.from(arrayBuffer, offset, length),
// slice/subarray, buf.buffer/byteOffset, fill/write/copy in place, pooled allocations that
// do not overlap, and round trips through every encoding.
'use strict';
const { check, equal, throws } = require('../common.js');

const ab = new ArrayBuffer(16);
const whole = new Uint8Array(ab);
const view = Buffer.from(ab, 4, 8);
view.fill(0x11);
equal('from(arrayBuffer) writes through', Array.from(whole.subarray(2, 14)),
  [0, 0, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0x11, 0, 0]);
check('from(arrayBuffer) buffer identity', view.buffer === ab && view.byteOffset === 4);
whole[5] = 0x22;
check('arrayBuffer writes are seen by the view', view[1] === 0x22);

const sub = view.subarray(2, 4);
sub.write('hi');
check('subarray write lands in the parent', view.toString('latin1', 2, 4) === 'hi' &&
  whole[6] === 0x68);
const sl = view.slice(1);
sl[0] = 0x33;
check('slice is a view, not a copy', view[1] === 0x33);
check('subarray is a Buffer', sub instanceof Buffer && Buffer.isBuffer(sl));

const a = Buffer.allocUnsafe(10).fill(1);
const b = Buffer.allocUnsafe(10).fill(2);
check('pooled buffers do not overlap', a.every((x) => x === 1) && b.every((x) => x === 2));
const s1 = Buffer.from('first');
const s2 = Buffer.from('second');
check('pooled strings keep their bytes', s1.toString() === 'first' && s2.toString() === 'second');
check('Buffer.alloc is zero-filled', Buffer.alloc(100).every((x) => x === 0));
check('allocUnsafeSlow has its own memory', Buffer.allocUnsafeSlow(10).byteOffset === 0);

const copyDst = Buffer.alloc(6);
check('copy returns bytes copied', Buffer.from('abcdef').copy(copyDst, 2, 1, 3) === 2);
check('copy lands at targetStart', copyDst.toString('latin1', 2, 4) === 'bc');

const text = 'héllo wörld € 😀';
for (const enc of ['utf8', 'utf16le', 'base64', 'base64url', 'hex']) {
  const buf = Buffer.from(text, enc === 'hex' || enc.startsWith('base64') ? undefined : enc);
  const str = buf.toString(enc);
  const back = Buffer.from(str, enc);
  check(`round trip ${enc}`, back.equals(buf));
}
check('latin1 round trip of 0..255', (() => {
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  return Buffer.from(all.toString('latin1'), 'latin1').equals(all);
})());
check('base64 of all bytes', Buffer.from(Buffer.from(Array.from({ length: 256 }, (_, i) => i))
  .toString('base64'), 'base64').length === 256);

equal('readUInt32LE after writeUInt32BE', (() => {
  const n = Buffer.alloc(4);
  n.writeUInt32BE(0x01020304);
  return [n.readUInt32LE(), n.readUInt16BE(1)];
})(), [0x04030201, 0x0203]);
equal('int round trips', (() => {
  const n = Buffer.alloc(8);
  const out = [];
  for (const v of [-1, -128, 127, 0]) {
    n.writeInt8(v);
    out.push(n.readInt8());
  }
  n.writeIntBE(-123456789012, 0, 6);
  out.push(n.readIntBE(0, 6));
  n.writeBigInt64LE(-5n);
  out.push(String(n.readBigInt64LE()));
  n.writeDoubleLE(-2.5);
  out.push(n.readDoubleLE());
  return out;
})(), [-1, -128, 127, 0, -123456789012, '-5', -2.5]);

throws('read past end', () => Buffer.alloc(2).readUInt16LE(1),
  { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
throws('too short for the type', () => Buffer.alloc(2).readUInt32LE(0),
  { name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS' });
throws('offset type', () => Buffer.alloc(2).readUInt8('0'),
  { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
throws('from(arrayBuffer) bad length', () => Buffer.from(new ArrayBuffer(2), 1, 2),
  { name: 'RangeError', code: 'ERR_BUFFER_OUT_OF_BOUNDS', message: '"length" is outside of buffer bounds' });
throws('atob bad input', () => atob('a'), { name: 'InvalidCharacterError', code: 5 });
throws('structuredClone of a function', () => structuredClone(() => {}),
  { name: 'DataCloneError', code: 25 });
