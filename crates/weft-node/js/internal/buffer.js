// The integer and float read/write families of Buffer.prototype (mirrors Node's
// lib/internal/buffer.js): readUInt8 … readBigUInt64BE, writeUInt8 … writeDoubleBE, their
// `Uint` aliases, with Node's checks and messages (ERR_INVALID_ARG_TYPE for a non-number
// offset, ERR_OUT_OF_RANGE for a bad offset or value, ERR_BUFFER_OUT_OF_BOUNDS when the
// buffer is too short for the type at all).
'use strict';

const {
  ERR_BUFFER_OUT_OF_BOUNDS,
  ERR_INVALID_ARG_TYPE,
  ERR_OUT_OF_RANGE,
} = require('internal/errors').codes;

function validateNumber(value, name) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
}

// Scratch memory shared by the float reads and writes (the host is little-endian).
const float32Array = new Float32Array(1);
const uInt8Float32Array = new Uint8Array(float32Array.buffer);
const float64Array = new Float64Array(1);
const uInt8Float64Array = new Uint8Array(float64Array.buffer);

function boundsError(value, length, type) {
  if (Math.floor(value) !== value) {
    validateNumber(value, type || 'offset');
    throw new ERR_OUT_OF_RANGE(type || 'offset', 'an integer', value);
  }
  if (length < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  throw new ERR_OUT_OF_RANGE(type || 'offset', `>= ${type ? 1 : 0} and <= ${length}`, value);
}

// Checks that bytes offset..offset+n-1 exist.
function checkRead(buf, offset, n) {
  validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + n - 1] === undefined) {
    boundsError(offset, buf.length - n);
  }
}

function checkInt(value, min, max, buf, offset, byteLength) {
  if (value > max || value < min) {
    const n = typeof min === 'bigint' ? 'n' : '';
    let range;
    if (byteLength > 3) {
      if (min === 0 || min === 0n) {
        range = `>= 0${n} and < 2${n} ** ${(byteLength + 1) * 8}${n}`;
      } else {
        range = `>= -(2${n} ** ${(byteLength + 1) * 8 - 1}${n}) and ` +
          `< 2${n} ** ${(byteLength + 1) * 8 - 1}${n}`;
      }
    } else {
      range = `>= ${min}${n} and <= ${max}${n}`;
    }
    throw new ERR_OUT_OF_RANGE('value', range, value);
  }
  checkRead(buf, offset, byteLength + 1);
}

// Unsigned little/big-endian reads of 1..6 bytes, from already-checked memory.
function getUIntLE(buf, offset, n) {
  let val = 0;
  let mul = 1;
  for (let i = 0; i < n; i++) {
    val += buf[offset + i] * mul;
    mul *= 0x100;
  }
  return val;
}

function getUIntBE(buf, offset, n) {
  let val = 0;
  for (let i = 0; i < n; i++) val = val * 0x100 + buf[offset + i];
  return val;
}

function toSigned(val, n) {
  const limit = 2 ** (n * 8 - 1);
  return val >= limit ? val - limit * 2 : val;
}

function validateByteLength(byteLength) {
  if (byteLength === undefined) throw new ERR_INVALID_ARG_TYPE('byteLength', 'number', byteLength);
  if (!(byteLength >= 1 && byteLength <= 6 && Math.floor(byteLength) === byteLength)) {
    boundsError(byteLength, 6, 'byteLength');
  }
}

// The 1/2/4-byte forms are written out (no helper calls): they are the hot ones.
function readUInt8(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val;
}

function readUInt16LE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first + last * 0x100;
}

function readUInt16BE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  return first * 0x100 + last;
}

function readUInt32LE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + last * 0x1000000;
}

function readUInt32BE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first * 0x1000000 + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}

function readUIntLE(offset, byteLength) {
  validateByteLength(byteLength);
  checkRead(this, offset, byteLength);
  return getUIntLE(this, offset, byteLength);
}

function readUIntBE(offset, byteLength) {
  validateByteLength(byteLength);
  checkRead(this, offset, byteLength);
  return getUIntBE(this, offset, byteLength);
}

function readInt8(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const val = this[offset];
  if (val === undefined) boundsError(offset, this.length - 1);
  return val | (val & 0x80) * 0x1fffffe;
}

function readInt16LE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first + last * 0x100;
  return val | (val & 0x8000) * 0x1fffe;
}

function readInt16BE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 1];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 2);
  const val = first * 0x100 + last;
  return val | (val & 0x8000) * 0x1fffe;
}

function readInt32LE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return first + this[offset + 1] * 0x100 + this[offset + 2] * 0x10000 + (last << 24);
}

function readInt32BE(offset) {
  if (offset === undefined) offset = 0;
  else if (typeof offset !== 'number') validateNumber(offset, 'offset');
  const first = this[offset];
  const last = this[offset + 3];
  if (first === undefined || last === undefined) boundsError(offset, this.length - 4);
  return (first << 24) + this[offset + 1] * 0x10000 + this[offset + 2] * 0x100 + last;
}

function readIntLE(offset, byteLength) {
  validateByteLength(byteLength);
  checkRead(this, offset, byteLength);
  return toSigned(getUIntLE(this, offset, byteLength), byteLength);
}

function readIntBE(offset, byteLength) {
  validateByteLength(byteLength);
  checkRead(this, offset, byteLength);
  return toSigned(getUIntBE(this, offset, byteLength), byteLength);
}

function readBigUInt64LE(offset = 0) {
  checkRead(this, offset, 8);
  return BigInt(getUIntLE(this, offset, 4)) + (BigInt(getUIntLE(this, offset + 4, 4)) << 32n);
}

function readBigUInt64BE(offset = 0) {
  checkRead(this, offset, 8);
  return (BigInt(getUIntBE(this, offset, 4)) << 32n) + BigInt(getUIntBE(this, offset + 4, 4));
}

function readBigInt64LE(offset = 0) {
  checkRead(this, offset, 8);
  return BigInt.asIntN(64, BigInt(getUIntLE(this, offset, 4)) +
    (BigInt(getUIntLE(this, offset + 4, 4)) << 32n));
}

function readBigInt64BE(offset = 0) {
  checkRead(this, offset, 8);
  return BigInt.asIntN(64, (BigInt(getUIntBE(this, offset, 4)) << 32n) +
    BigInt(getUIntBE(this, offset + 4, 4)));
}

function readFloatGeneric(buf, offset, scratch, view, n, bigEndian) {
  checkRead(buf, offset, n);
  for (let i = 0; i < n; i++) scratch[bigEndian ? n - 1 - i : i] = buf[offset + i];
  return view[0];
}

function readFloatLE(offset = 0) {
  return readFloatGeneric(this, offset, uInt8Float32Array, float32Array, 4, false);
}
function readFloatBE(offset = 0) {
  return readFloatGeneric(this, offset, uInt8Float32Array, float32Array, 4, true);
}
function readDoubleLE(offset = 0) {
  return readFloatGeneric(this, offset, uInt8Float64Array, float64Array, 8, false);
}
function readDoubleBE(offset = 0) {
  return readFloatGeneric(this, offset, uInt8Float64Array, float64Array, 8, true);
}

// Writes `value` (already range-checked) as n bytes.
function putLE(buf, value, offset, n) {
  // Math on doubles keeps 48-bit values exact; the typed array wraps negatives.
  let v = value;
  for (let i = 0; i < n; i++) {
    buf[offset + i] = v & 0xff;
    v = Math.floor(v / 0x100);
  }
  return offset + n;
}

function putBE(buf, value, offset, n) {
  let v = value;
  for (let i = n - 1; i >= 0; i--) {
    buf[offset + i] = v & 0xff;
    v = Math.floor(v / 0x100);
  }
  return offset + n;
}

const uMax = [0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff];

function writeUGeneric(buf, value, offset, n, bigEndian) {
  value = +value;
  if (n === 1) {
    validateNumber(offset, 'offset');
    if (value > 0xff || value < 0) throw new ERR_OUT_OF_RANGE('value', '>= 0 and <= 255', value);
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, 0, uMax[n], buf, offset, n - 1);
  return bigEndian ? putBE(buf, value, offset, n) : putLE(buf, value, offset, n);
}

function writeIGeneric(buf, value, offset, n, bigEndian) {
  value = +value;
  const max = 2 ** (n * 8 - 1) - 1;
  const min = -(2 ** (n * 8 - 1));
  if (n === 1) {
    validateNumber(offset, 'offset');
    if (value > max || value < min) {
      throw new ERR_OUT_OF_RANGE('value', `>= ${min} and <= ${max}`, value);
    }
    if (buf[offset] === undefined) boundsError(offset, buf.length - 1);
    buf[offset] = value;
    return offset + 1;
  }
  checkInt(value, min, max, buf, offset, n - 1);
  return bigEndian ? putBE(buf, value, offset, n) : putLE(buf, value, offset, n);
}

function writeUInt8(value, offset = 0) { return writeUGeneric(this, value, offset, 1, false); }
function writeInt8(value, offset = 0) { return writeIGeneric(this, value, offset, 1, false); }

// Range, then offset type, then bounds: Node's order of checks (called only when one of
// them fails, so the callers' success path makes no call).
function check16(buf, value, offset, min, max) {
  if (value > max || value < min) checkInt(value, min, max, buf, offset, 1);
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 1] === undefined) boundsError(offset, buf.length - 2);
}

function check32(buf, value, offset, min, max) {
  if (value > max || value < min) checkInt(value, min, max, buf, offset, 3);
  if (typeof offset !== 'number') validateNumber(offset, 'offset');
  if (buf[offset] === undefined || buf[offset + 3] === undefined) boundsError(offset, buf.length - 4);
}

function writeUInt16LE(value, offset) {
  if (offset === undefined) offset = 0;
  value = +value;
  if (value > 0xffff || value < 0 || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 1] === undefined) {
    check16(this, value, offset, 0, 0xffff);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeUInt16BE(value, offset) {
  if (offset === undefined) offset = 0;
  value = +value;
  if (value > 0xffff || value < 0 || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 1] === undefined) {
    check16(this, value, offset, 0, 0xffff);
  }
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}

function writeInt16LE(value, offset) {
  if (offset === undefined) offset = 0;
  value = +value;
  if (value > 0x7fff || value < -0x8000 || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 1] === undefined) {
    check16(this, value, offset, -0x8000, 0x7fff);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  return offset + 2;
}

function writeInt16BE(value, offset) {
  if (offset === undefined) offset = 0;
  value = +value;
  if (value > 0x7fff || value < -0x8000 || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 1] === undefined) {
    check16(this, value, offset, -0x8000, 0x7fff);
  }
  this[offset] = value >>> 8;
  this[offset + 1] = value;
  return offset + 2;
}

function writeUInt32LE(value, offset) {
  if (offset === undefined) offset = 0;
  value = +value;
  if (value > 0xffffffff || value < 0 || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 3] === undefined) {
    check32(this, value, offset, 0, 0xffffffff);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeUInt32BE(value, offset) {
  if (offset === undefined) offset = 0;
  value = +value;
  if (value > 0xffffffff || value < 0 || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 3] === undefined) {
    check32(this, value, offset, 0, 0xffffffff);
  }
  this[offset] = value >>> 24;
  this[offset + 1] = value >>> 16;
  this[offset + 2] = value >>> 8;
  this[offset + 3] = value;
  return offset + 4;
}

function writeInt32LE(value, offset) {
  if (offset === undefined) offset = 0;
  value = +value;
  if (value > 0x7fffffff || value < -0x80000000 || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 3] === undefined) {
    check32(this, value, offset, -0x80000000, 0x7fffffff);
  }
  this[offset] = value;
  this[offset + 1] = value >>> 8;
  this[offset + 2] = value >>> 16;
  this[offset + 3] = value >>> 24;
  return offset + 4;
}

function writeInt32BE(value, offset) {
  if (offset === undefined) offset = 0;
  value = +value;
  if (value > 0x7fffffff || value < -0x80000000 || typeof offset !== 'number' ||
      this[offset] === undefined || this[offset + 3] === undefined) {
    check32(this, value, offset, -0x80000000, 0x7fffffff);
  }
  this[offset] = value >>> 24;
  this[offset + 1] = value >>> 16;
  this[offset + 2] = value >>> 8;
  this[offset + 3] = value;
  return offset + 4;
}

function writeUIntLE(value, offset, byteLength) {
  validateByteLength(byteLength);
  return writeUGeneric(this, value, offset, byteLength, false);
}
function writeUIntBE(value, offset, byteLength) {
  validateByteLength(byteLength);
  return writeUGeneric(this, value, offset, byteLength, true);
}
function writeIntLE(value, offset, byteLength) {
  validateByteLength(byteLength);
  return writeIGeneric(this, value, offset, byteLength, false);
}
function writeIntBE(value, offset, byteLength) {
  validateByteLength(byteLength);
  return writeIGeneric(this, value, offset, byteLength, true);
}

function writeBig64(buf, value, offset, min, max, bigEndian) {
  checkInt(value, min, max, buf, offset, 7);
  const lo = Number(value & 0xffffffffn);
  const hi = Number((value >> 32n) & 0xffffffffn);
  if (bigEndian) {
    putBE(buf, hi, offset, 4);
    putBE(buf, lo, offset + 4, 4);
  } else {
    putLE(buf, lo, offset, 4);
    putLE(buf, hi, offset + 4, 4);
  }
  return offset + 8;
}

function writeBigUInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, false);
}
function writeBigUInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, 0n, 0xffffffffffffffffn, true);
}
function writeBigInt64LE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, false);
}
function writeBigInt64BE(value, offset = 0) {
  return writeBig64(this, value, offset, -(2n ** 63n), 2n ** 63n - 1n, true);
}

function writeFloatGeneric(buf, value, offset, scratch, view, n, bigEndian) {
  value = +value;
  checkRead(buf, offset, n);
  view[0] = value;
  for (let i = 0; i < n; i++) buf[offset + i] = scratch[bigEndian ? n - 1 - i : i];
  return offset + n;
}

function writeFloatLE(value, offset = 0) {
  return writeFloatGeneric(this, value, offset, uInt8Float32Array, float32Array, 4, false);
}
function writeFloatBE(value, offset = 0) {
  return writeFloatGeneric(this, value, offset, uInt8Float32Array, float32Array, 4, true);
}
function writeDoubleLE(value, offset = 0) {
  return writeFloatGeneric(this, value, offset, uInt8Float64Array, float64Array, 8, false);
}
function writeDoubleBE(value, offset = 0) {
  return writeFloatGeneric(this, value, offset, uInt8Float64Array, float64Array, 8, true);
}

// Installs the families on `proto` in Node's order, with the `Uint` spellings as aliases.
function addReadWriteMethods(proto) {
  const methods = {
    readBigUInt64LE, readBigUInt64BE, readBigUint64LE: readBigUInt64LE,
    readBigUint64BE: readBigUInt64BE, readBigInt64LE, readBigInt64BE,
    writeBigUInt64LE, writeBigUInt64BE, writeBigUint64LE: writeBigUInt64LE,
    writeBigUint64BE: writeBigUInt64BE, writeBigInt64LE, writeBigInt64BE,
    readUIntLE, readUInt32LE, readUInt16LE, readUInt8, readUIntBE, readUInt32BE, readUInt16BE,
    readUintLE: readUIntLE, readUint32LE: readUInt32LE, readUint16LE: readUInt16LE,
    readUint8: readUInt8, readUintBE: readUIntBE, readUint32BE: readUInt32BE,
    readUint16BE: readUInt16BE,
    readIntLE, readInt32LE, readInt16LE, readInt8, readIntBE, readInt32BE, readInt16BE,
    writeUIntLE, writeUInt32LE, writeUInt16LE, writeUInt8, writeUIntBE, writeUInt32BE,
    writeUInt16BE,
    writeUintLE: writeUIntLE, writeUint32LE: writeUInt32LE, writeUint16LE: writeUInt16LE,
    writeUint8: writeUInt8, writeUintBE: writeUIntBE, writeUint32BE: writeUInt32BE,
    writeUint16BE: writeUInt16BE,
    writeIntLE, writeInt32LE, writeInt16LE, writeInt8, writeIntBE, writeInt32BE, writeInt16BE,
    readFloatLE, readFloatBE, readDoubleLE, readDoubleBE,
    writeFloatLE, writeFloatBE, writeDoubleLE, writeDoubleBE,
  };
  // The hot writes take `offset` without a default (cheaper in the interpreter); their
  // lengths are Node's, where `offset = 0` is a default parameter.
  for (const fn of [writeUInt16LE, writeUInt16BE, writeInt16LE, writeInt16BE, writeUInt32LE, writeUInt32BE, writeInt32LE, writeInt32BE]) {
    Object.defineProperty(fn, 'length', { __proto__: null, value: 1, configurable: true });
  }
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      __proto__: null, value: methods[name], writable: true, enumerable: false, configurable: true,
    });
  }
}

module.exports = { addReadWriteMethods, boundsError };
