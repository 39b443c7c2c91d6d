// node:buffer (mirrors Node's lib/buffer.js): `Buffer` as a Uint8Array subclass whose
// prototype is FastBuffer's, the pooled allocation of small buffers (Buffer.poolSize), the
// string encodings (utf8, utf16le/ucs2, latin1/binary, ascii, base64, base64url, hex) done
// by internalBinding('buffer'), search/compare/fill/copy/swap, the read/write families
// (internal/buffer), util.inspect's `<Buffer 68 69>`, atob/btoa, isUtf8/isAscii, Blob,
// constants and INSPECT_MAX_BYTES.
'use strict';

const binding = internalBinding('buffer');
const {
  codes: {
    ERR_BUFFER_OUT_OF_BOUNDS,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_BUFFER_SIZE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_UNKNOWN_ENCODING,
  },
} = require('internal/errors');
const { addReadWriteMethods } = require('internal/buffer');

const kMaxLength = Number.MAX_SAFE_INTEGER;
const kStringMaxLength = 536870888;
const constants = Object.defineProperties({}, {
  MAX_LENGTH: { __proto__: null, value: kMaxLength, writable: false, enumerable: true },
  MAX_STRING_LENGTH: { __proto__: null, value: kStringMaxLength, writable: false, enumerable: true },
});

let INSPECT_MAX_BYTES = 50;

const {
  isUint8Array, isAnyArrayBuffer, isArrayBufferView, isTypedArray,
} = require('internal/buffer_types');

const TypedArrayProto = Object.getPrototypeOf(Uint8Array.prototype);
const TypedArrayFill = TypedArrayProto.fill;
const TypedArraySet = TypedArrayProto.set;
const TypedArraySlice = TypedArrayProto.slice;
const TypedArraySubarray = TypedArrayProto.subarray;
const getLength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'length').get;
const getByteLength = Object.getOwnPropertyDescriptor(TypedArrayProto, 'byteLength').get;

class FastBuffer extends Uint8Array {
  // A subarray of a Buffer is a Buffer: FastBuffer is the species, as in Node.
  constructor(bufferOrLength, byteOffset, length) {
    super(bufferOrLength, byteOffset, length);
  }
}

// ---- encodings ------------------------------------------------------------------------------

function byteLengthUtf8(string) { return binding.byteLengthUtf8(string); }

function base64ByteLength(str, bytes) {
  // Trailing `=` are padding, not data.
  if (str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  if (bytes > 1 && str.charCodeAt(bytes - 1) === 0x3D) bytes--;
  return (bytes * 3) >>> 2;
}

function makeOps(name, id, byteLength) {
  return {
    encoding: name,
    encodingVal: id,
    byteLength,
    write: (buf, string, offset, len) => binding.write(buf, string, offset, len, id),
    slice: (buf, start, end) => binding.decode(buf, id, start, end),
    indexOf: (buf, val, byteOffset, dir) => indexOfString(buf, val, byteOffset, id, dir),
  };
}

const encodingOps = {
  utf8: makeOps('utf8', binding.kUtf8, byteLengthUtf8),
  ucs2: makeOps('utf16le', binding.kUcs2, (s) => s.length * 2),
  utf16le: makeOps('utf16le', binding.kUcs2, (s) => s.length * 2),
  latin1: makeOps('latin1', binding.kLatin1, (s) => s.length),
  ascii: makeOps('ascii', binding.kAscii, (s) => s.length),
  base64: makeOps('base64', binding.kBase64, (s) => base64ByteLength(s, s.length)),
  base64url: makeOps('base64url', binding.kBase64Url, (s) => base64ByteLength(s, s.length)),
  hex: makeOps('hex', binding.kHex, (s) => s.length >>> 1),
};

// Node's normalizeEncoding: the canonical name for any accepted spelling, else undefined.
function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  return slowCases(enc);
}

function slowCases(enc) {
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: return undefined;
  }
}

function getEncodingOps(encoding) {
  if (typeof encoding !== 'string') encoding = `${encoding}`;
  switch (encoding.toLowerCase()) {
    case 'utf8': case 'utf-8': return encodingOps.utf8;
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return encodingOps.utf16le;
    case 'latin1': case 'binary': return encodingOps.latin1;
    case 'base64': return encodingOps.base64;
    case 'base64url': return encodingOps.base64url;
    case 'hex': return encodingOps.hex;
    case 'ascii': return encodingOps.ascii;
    default: return undefined;
  }
}

// ---- the pool -------------------------------------------------------------------------------

let poolSize, poolOffset, allocPool, allocPoolView;

function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  allocPoolView = new Uint8Array(allocPool);
  poolOffset = 0;
}

function alignPool() {
  // Keep later buffers 8-byte aligned.
  if (poolOffset & 0x7) {
    poolOffset |= 0x7;
    poolOffset++;
  }
}

function allocate(size) {
  if (size <= 0) return new FastBuffer();
  if (size < (Buffer.poolSize >>> 1)) {
    if (size > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, size);
    poolOffset += size;
    alignPool();
    return b;
  }
  return new FastBuffer(size);
}

function fromStringFast(string, ops) {
  const maxLength = Buffer.poolSize >>> 1;
  if (string.length >= maxLength) return new FastBuffer(binding.encode(string, ops.encodingVal));
  if (poolSize - poolOffset < 8) createPool();
  let r = binding.encodeIntoPool(allocPoolView, poolOffset, string, ops.encodingVal);
  if (typeof r !== 'number') {
    // Did not fit in what is left of the pool.
    if (r.byteLength >= maxLength) return new FastBuffer(r);
    createPool();
    new Uint8Array(allocPool).set(new Uint8Array(r));
    r = r.byteLength;
  }
  const b = new FastBuffer(allocPool, poolOffset, r);
  poolOffset += r;
  alignPool();
  return b;
}

function fromString(string, encoding) {
  let ops;
  if (typeof encoding !== 'string' || encoding.length === 0) {
    if (string.length === 0) return new FastBuffer();
    ops = encodingOps.utf8;
  } else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    if (string.length === 0) return new FastBuffer();
  }
  return fromStringFast(string, ops);
}

function fromArrayBuffer(obj, byteOffset, length) {
  if (byteOffset === undefined) {
    byteOffset = 0;
  } else {
    byteOffset = +byteOffset;
    if (Number.isNaN(byteOffset)) byteOffset = 0;
  }
  const maxLength = obj.byteLength - byteOffset;
  if (maxLength < 0) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
  // V8's own check and message for a negative start.
  if (Math.trunc(byteOffset) < 0) {
    throw new RangeError(`Start offset ${byteOffset} is outside the bounds of the buffer`);
  }
  if (length === undefined) {
    length = maxLength;
  } else {
    length = +length;
    if (length > 0) {
      if (length > maxLength) throw new ERR_BUFFER_OUT_OF_BOUNDS('length');
    } else {
      length = 0;
    }
  }
  return new FastBuffer(obj, byteOffset, length);
}

function fromArrayLike(obj) {
  if (obj.length <= 0) return new FastBuffer();
  if (obj.length < (Buffer.poolSize >>> 1)) {
    if (obj.length > (poolSize - poolOffset)) createPool();
    const b = new FastBuffer(allocPool, poolOffset, obj.length);
    Reflect.apply(TypedArraySet, b, [obj, 0]);
    poolOffset += obj.length;
    alignPool();
    return b;
  }
  return new FastBuffer(obj);
}

function fromObject(obj) {
  if (obj.length !== undefined || isAnyArrayBuffer(obj.buffer)) {
    if (typeof obj.length !== 'number') return new FastBuffer();
    return fromArrayLike(obj);
  }
  if (obj.type === 'Buffer' && Array.isArray(obj.data)) return fromArrayLike(obj.data);
  return undefined;
}

// ---- Buffer ---------------------------------------------------------------------------------

let bufferWarningEmitted = false;
function showDeprecation() {
  if (bufferWarningEmitted) return;
  bufferWarningEmitted = true;
  if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
    process.emitWarning('Buffer() is deprecated due to security and usability issues. Please ' +
      'use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.',
    'DeprecationWarning', 'DEP0005');
  }
}

function Buffer(arg, encodingOrOffset, length) {
  showDeprecation();
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw new ERR_INVALID_ARG_TYPE('string', 'string', arg);
    }
    return Buffer.alloc(arg);
  }
  return bufferFrom(arg, encodingOrOffset, length);
}

Object.defineProperty(Buffer, Symbol.species, {
  __proto__: null, enumerable: false, configurable: true, get() { return FastBuffer; },
});

Buffer.poolSize = 64 * 1024;
createPool();

function bufferFrom(value, encodingOrOffset, length) {
  if (typeof value === 'string') return fromString(value, encodingOrOffset);

  if (typeof value === 'object' && value !== null) {
    if (isAnyArrayBuffer(value)) return fromArrayBuffer(value, encodingOrOffset, length);

    const valueOf = value.valueOf && value.valueOf();
    if (valueOf != null && valueOf !== value &&
        (typeof valueOf === 'string' || typeof valueOf === 'object')) {
      return bufferFrom(valueOf, encodingOrOffset, length);
    }

    const b = fromObject(value);
    if (b) return b;

    if (typeof value[Symbol.toPrimitive] === 'function') {
      const primitive = value[Symbol.toPrimitive]('string');
      if (typeof primitive === 'string') return fromString(primitive, encodingOrOffset);
    }
  }

  throw new ERR_INVALID_ARG_TYPE('first argument',
    ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
}

// Static methods are plain assignments in Node (enumerable, writable).
Buffer.from = function from(value, encodingOrOffset, length) {
  return bufferFrom(value, encodingOrOffset, length);
};

Buffer.copyBytesFrom = function copyBytesFrom(view, offset, length) {
  if (!isTypedArray(view)) throw new ERR_INVALID_ARG_TYPE('view', ['TypedArray'], view);
  const viewLength = Reflect.apply(getLength, view, []);
  if (viewLength === 0) return Buffer.alloc(0);
  if (offset !== undefined || length !== undefined) {
    if (offset !== undefined) {
      validateInteger(offset, 'offset', 0);
      if (offset >= viewLength) return Buffer.alloc(0);
    } else {
      offset = 0;
    }
    let end;
    if (length !== undefined) {
      validateInteger(length, 'length', 0);
      end = offset + length;
    } else {
      end = viewLength;
    }
    view = Reflect.apply(TypedArraySlice, view, [offset, end]);
  }
  return fromArrayLike(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
};

// Buffer.of is Uint8Array.of with FastBuffer as `this` (so it returns a Buffer).
const of = (...items) => {
  const b = new FastBuffer(items.length);
  for (let k = 0; k < items.length; k++) b[k] = items[k];
  return b;
};
Buffer.of = of;

function validateNumber(value, name, min, max) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if ((min != null && value < min) || (max != null && value > max) ||
      ((min != null || max != null) && Number.isNaN(value))) {
    throw new ERR_OUT_OF_RANGE(name,
      `${min != null ? `>= ${min}` : ''}${min != null && max != null ? ' && ' : ''}` +
      `${max != null ? `<= ${max}` : ''}`, value);
  }
}

function validateInteger(value, name, min = Number.MIN_SAFE_INTEGER,
  max = Number.MAX_SAFE_INTEGER) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateOffset(value, name, min = 0, max = kMaxLength) {
  if (typeof value !== 'number') throw new ERR_INVALID_ARG_TYPE(name, 'number', value);
  if (!Number.isInteger(value)) throw new ERR_OUT_OF_RANGE(name, 'an integer', value);
  if (value < min || value > max) throw new ERR_OUT_OF_RANGE(name, `>= ${min} && <= ${max}`, value);
}

function validateBuffer(buffer, name = 'buffer') {
  if (!isArrayBufferView(buffer)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['Buffer', 'TypedArray', 'DataView'], buffer);
  }
}

Buffer.alloc = function alloc(size, fill, encoding) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
    validateNumber(size, 'size', 0, kMaxLength);
  }
  if (fill !== undefined && fill !== 0 && size > 0) {
    const buf = new FastBuffer(size);
    return _fill(buf, fill, 0, buf.length, encoding);
  }
  return new FastBuffer(size);
};

Buffer.allocUnsafe = function allocUnsafe(size) {
  if (typeof size !== 'number' || !(size >= 0 && size <= kMaxLength)) {
    validateNumber(size, 'size', 0, kMaxLength);
  }
  return allocate(size);
};

Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) {
  validateNumber(size, 'size', 0, kMaxLength);
  return new FastBuffer(size);
};

Buffer.isBuffer = function isBuffer(b) {
  return b instanceof Buffer;
};

Buffer.compare = function compare(buf1, buf2) {
  if (!isUint8Array(buf1)) throw new ERR_INVALID_ARG_TYPE('buf1', ['Buffer', 'Uint8Array'], buf1);
  if (!isUint8Array(buf2)) throw new ERR_INVALID_ARG_TYPE('buf2', ['Buffer', 'Uint8Array'], buf2);
  if (buf1 === buf2) return 0;
  return binding.compare(buf1, 0, buf1.length, buf2, 0, buf2.length);
};

Buffer.isEncoding = function isEncoding(encoding) {
  return typeof encoding === 'string' && encoding.length !== 0 &&
    normalizeEncoding(encoding) !== undefined;
};

Buffer.concat = function concat(list, length) {
  if (!Array.isArray(list)) throw new ERR_INVALID_ARG_TYPE('list', 'Array', list);
  if (list.length === 0) return new FastBuffer();

  if (length === undefined) {
    length = 0;
    for (let i = 0; i < list.length; i++) {
      if (list[i].length) length += list[i].length;
    }
  } else {
    validateOffset(length, 'length');
  }

  const buffer = Buffer.allocUnsafe(length);
  let pos = 0;
  for (let i = 0; i < list.length; i++) {
    const buf = list[i];
    if (!isUint8Array(buf)) {
      throw new ERR_INVALID_ARG_TYPE(`list[${i}]`, ['Buffer', 'Uint8Array'], list[i]);
    }
    pos += copyActual(buf, buffer, pos, 0, buf.length);
  }
  // Zero-fill what the list did not cover (allocUnsafe may hand out used pool memory).
  if (pos < length) Reflect.apply(TypedArrayFill, buffer, [0, pos, length]);
  return buffer;
};

function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (isArrayBufferView(string) || isAnyArrayBuffer(string)) return string.byteLength;
    throw new ERR_INVALID_ARG_TYPE('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  const len = string.length;
  if (len === 0) return 0;
  if (!encoding || encoding === 'utf8') return byteLengthUtf8(string);
  if (encoding === 'ascii') return len;
  const ops = getEncodingOps(encoding);
  // An unknown encoding counts as UTF-8, as in Node.
  if (ops === undefined) return byteLengthUtf8(string);
  return ops.byteLength(string);
}
Buffer.byteLength = byteLength;

Object.setPrototypeOf(Buffer, Uint8Array);
Buffer.prototype = FastBuffer.prototype;
Object.defineProperty(FastBuffer.prototype, 'constructor', {
  __proto__: null, value: Buffer, writable: true, enumerable: false, configurable: true,
});

// ---- prototype ------------------------------------------------------------------------------

const proto = Buffer.prototype;

function method(name, fn) {
  Object.defineProperty(proto, name, {
    __proto__: null, value: fn, writable: true, enumerable: false, configurable: true,
  });
}

addReadWriteMethods(proto);

// The per-encoding slice/write methods Node exposes on the prototype.
for (const [name, ops] of [['ascii', encodingOps.ascii], ['base64', encodingOps.base64],
  ['base64url', encodingOps.base64url], ['latin1', encodingOps.latin1],
  ['hex', encodingOps.hex], ['ucs2', encodingOps.ucs2], ['utf8', encodingOps.utf8]]) {
  const id = ops.encodingVal;
  method(`${name}Slice`, {
    [`${name}Slice`](start, end) {
      if (!isUint8Array(this)) throw new ERR_INVALID_ARG_TYPE('this', 'Uint8Array', this);
      const len = this.length;
      if (start === undefined) start = 0;
      if (end === undefined) end = len;
      if (start > len || end > len) throw new ERR_OUT_OF_RANGE('end', `<= ${len}`, end);
      if (end < start) end = start;
      return binding.decode(this, id, start, end);
    },
  }[`${name}Slice`]);
}
for (const [name, ops] of [['ascii', encodingOps.ascii], ['base64', encodingOps.base64],
  ['base64url', encodingOps.base64url], ['latin1', encodingOps.latin1],
  ['hex', encodingOps.hex], ['ucs2', encodingOps.ucs2], ['utf8', encodingOps.utf8]]) {
  const id = ops.encodingVal;
  method(`${name}Write`, {
    [`${name}Write`](string, offset, length) {
      if (offset === undefined) offset = 0;
      if (length === undefined) length = this.length - offset;
      if (typeof string !== 'string') throw notAString();
      if (offset > this.length) throw new ERR_BUFFER_OUT_OF_BOUNDS('offset');
      return binding.write(this, string, offset, length, id);
    },
  }[`${name}Write`]);
}

Object.defineProperty(proto, 'parent', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.buffer;
  },
});
Object.defineProperty(proto, 'offset', {
  __proto__: null,
  enumerable: true,
  configurable: false,
  get() {
    if (!(this instanceof Buffer)) return undefined;
    return this.byteOffset;
  },
});

function copyActual(source, target, targetStart, sourceStart, sourceEnd) {
  if (sourceEnd - sourceStart > target.byteLength - targetStart) {
    sourceEnd = sourceStart + target.byteLength - targetStart;
  }
  let nb = sourceEnd - sourceStart;
  const sourceLen = source.byteLength - sourceStart;
  if (nb > sourceLen) nb = sourceLen;
  if (nb <= 0) return 0;
  const src = new Uint8Array(source.buffer, source.byteOffset + sourceStart, nb);
  if (isUint8Array(target)) {
    Reflect.apply(TypedArraySet, target, [src, targetStart]);
  } else {
    // Other views take bytes, not element values.
    new Uint8Array(target.buffer, target.byteOffset, target.byteLength).set(src, targetStart);
  }
  return nb;
}

function toInteger(n, defaultVal) {
  n = +n;
  if (!Number.isNaN(n) && n >= Number.MIN_SAFE_INTEGER && n <= Number.MAX_SAFE_INTEGER) {
    return ((n % 1) === 0 ? n : Math.floor(n));
  }
  return defaultVal;
}

method('copy', function copy(target, targetStart, sourceStart, sourceEnd) {
  if (!isArrayBufferView(this)) throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'TypedArray', 'DataView'], this);
  if (!isArrayBufferView(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (targetStart === undefined) {
    targetStart = 0;
  } else {
    targetStart = toInteger(targetStart, 0);
    if (targetStart < 0) throw new ERR_OUT_OF_RANGE('targetStart', '>= 0', targetStart);
  }
  if (sourceStart === undefined) {
    sourceStart = 0;
  } else {
    sourceStart = toInteger(sourceStart, 0);
    if (sourceStart < 0 || sourceStart > this.byteLength) {
      throw new ERR_OUT_OF_RANGE('sourceStart', `>= 0 && <= ${this.byteLength}`, sourceStart);
    }
  }
  if (sourceEnd === undefined) {
    sourceEnd = this.byteLength;
  } else {
    sourceEnd = toInteger(sourceEnd, 0);
    if (sourceEnd < 0) throw new ERR_OUT_OF_RANGE('sourceEnd', '>= 0', sourceEnd);
  }
  if (targetStart >= target.byteLength || sourceStart >= sourceEnd) return 0;
  return copyActual(this, target, targetStart, sourceStart, sourceEnd);
});

method('toString', function toString(encoding, start, end) {
  if (arguments.length === 0) return binding.decode(this, binding.kUtf8, 0, this.length);
  const len = this.length;
  if (start <= 0) start = 0;
  else if (start >= len) return '';
  else start = Math.trunc(start) || 0;
  if (end === undefined || end > len) end = len;
  else end = Math.trunc(end) || 0;
  if (end <= start) return '';
  if (encoding === undefined) return binding.decode(this, binding.kUtf8, start, end);
  const ops = getEncodingOps(encoding);
  if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  return ops.slice(this, start, end);
});

method('equals', function equals(otherBuffer) {
  if (!isUint8Array(otherBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('otherBuffer', ['Buffer', 'Uint8Array'], otherBuffer);
  }
  if (this === otherBuffer) return true;
  const len = Reflect.apply(getByteLength, this, []);
  if (len !== Reflect.apply(getByteLength, otherBuffer, [])) return false;
  return len === 0 || binding.compare(this, 0, len, otherBuffer, 0, len) === 0;
});

// `<Buffer 68 69 ... N more bytes>`, with any own non-index properties after the bytes.
let lazyUtilInspect;
const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');
function inspect(recurseTimes, ctx) {
  const max = INSPECT_MAX_BYTES;
  const actualMax = Math.min(max, this.length);
  const remaining = this.length - max;
  let str = binding.decode(this, binding.kHex, 0, actualMax).replace(/(.{2})/g, '$1 ').trim();
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  if (ctx) {
    const keys = ctx.showHidden ? Object.getOwnPropertyNames(this) : Object.keys(this);
    const obj = { __proto__: null };
    let extras = false;
    for (const key of keys) {
      if (/^(?:0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1) continue;
      extras = true;
      obj[key] = this[key];
    }
    if (ctx.showHidden) {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        extras = true;
        obj[sym] = this[sym];
      }
    } else {
      for (const sym of Object.getOwnPropertySymbols(this)) {
        if (Object.prototype.propertyIsEnumerable.call(this, sym)) {
          extras = true;
          obj[sym] = this[sym];
        }
      }
    }
    if (extras) {
      lazyUtilInspect ??= require('internal/util/inspect').inspect;
      if (this.length !== 0) str += ', ';
      // Drop '[Object: null prototype] {' and ' }'.
      str += lazyUtilInspect(obj, { ...ctx, breakLength: Infinity, compact: true })
        .slice(27, -2);
    }
  }
  return `<${this.constructor.name} ${str}>`;
}
method(customInspectSymbol, inspect);
method('inspect', inspect);

method('compare', function compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
  if (!isUint8Array(target)) {
    throw new ERR_INVALID_ARG_TYPE('target', ['Buffer', 'Uint8Array'], target);
  }
  if (arguments.length === 1) {
    return binding.compare(this, 0, this.length, target, 0, target.length);
  }
  if (targetStart === undefined) targetStart = 0;
  else validateOffset(targetStart, 'targetStart');
  if (targetEnd === undefined) targetEnd = target.length;
  else validateOffset(targetEnd, 'targetEnd', 0, target.length);
  if (sourceStart === undefined) sourceStart = 0;
  else validateOffset(sourceStart, 'sourceStart');
  if (sourceEnd === undefined) sourceEnd = this.length;
  else validateOffset(sourceEnd, 'sourceEnd', 0, this.length);

  if (sourceStart >= sourceEnd) return (targetStart >= targetEnd ? 0 : -1);
  if (targetStart >= targetEnd) return 1;
  if (sourceStart > this.length) throw rangeOnly('sourceStart');
  if (targetStart > target.length) throw rangeOnly('targetStart');
  return binding.compare(this, sourceStart, sourceEnd, target, targetStart, targetEnd);
});

// The native check's error: ERR_OUT_OF_RANGE with only the first sentence.
function rangeOnly(name) {
  const err = new RangeError(`The value of "${name}" is out of range.`);
  err.code = 'ERR_OUT_OF_RANGE';
  return err;
}

// Node's IndexOfOffset: where a search of `needleLength` bytes starts, or -1.
function indexOfOffset(length, offset, needleLength, isForward) {
  offset = offset < 0 ? Math.ceil(offset) : Math.floor(offset);
  if (offset < 0) {
    if (offset + length >= 0) return length + offset;
    if (isForward || needleLength === 0) return 0;
    return -1;
  }
  if (offset + needleLength <= length) return offset;
  if (needleLength === 0) return length;
  if (isForward) return -1;
  return length - 1;
}

function searchBytes(buffer, needle, byteOffset, dir) {
  const len = buffer.length;
  const optOffset = indexOfOffset(len, byteOffset, needle.length, dir);
  if (needle.length === 0) return optOffset;
  if (len === 0 || optOffset <= -1) return -1;
  if ((dir && needle.length + optOffset > len) || needle.length > len) return -1;
  return binding.indexOf(buffer, needle, optOffset, dir);
}

// A string needle is searched for as its bytes in the given encoding.
function indexOfString(buffer, val, byteOffset, encodingId, dir) {
  const needle = new Uint8Array(binding.encode(val, encodingId));
  if (encodingId === binding.kUcs2) return searchUcs2(buffer, needle, byteOffset, dir, true);
  return searchBytes(buffer, needle, byteOffset, dir);
}

// UTF-16 searches match whole code units only (even byte positions), over an even-length
// haystack for a string needle, as Node's native search does.
function searchUcs2(buffer, needle, byteOffset, dir, fromString) {
  const hayLen = fromString ? buffer.length & ~1 : buffer.length;
  const nLen = needle.length;
  const opt = indexOfOffset(hayLen, byteOffset, nLen, dir);
  if (nLen === 0) return opt;
  if (hayLen === 0 || opt <= -1) return -1;
  if ((dir && nLen + opt > hayLen) || nLen > hayLen) return -1;
  if (hayLen < 2 || nLen < 2) return -1;
  const hUnits = hayLen >>> 1;
  const nUnits = nLen >>> 1;
  const start = Math.floor(opt / 2);
  const matches = (p) => {
    for (let k = 0; k < nUnits * 2; k++) if (buffer[p * 2 + k] !== needle[k]) return false;
    return true;
  };
  if (dir) {
    for (let p = start; p + nUnits <= hUnits; p++) if (matches(p)) return p * 2;
  } else {
    for (let p = Math.min(start, hUnits - nUnits); p >= 0; p--) if (matches(p)) return p * 2;
  }
  return -1;
}

function bidirectionalIndexOf(buffer, val, byteOffset, encoding, dir) {
  validateBuffer(buffer);

  if (typeof byteOffset === 'string') {
    encoding = byteOffset;
    byteOffset = undefined;
  } else if (byteOffset > 0x7fffffff) {
    byteOffset = 0x7fffffff;
  } else if (byteOffset < -0x80000000) {
    byteOffset = -0x80000000;
  }
  // Values like null and [] become 0; undefined, 'foo' and {} become NaN: the whole buffer.
  byteOffset = +byteOffset;
  if (Number.isNaN(byteOffset)) byteOffset = dir ? 0 : (buffer.length || buffer.byteLength);
  dir = !!dir;

  if (typeof val === 'number') {
    const len = buffer.length;
    const opt = indexOfOffset(len, byteOffset, 1, dir);
    if (opt <= -1 || len === 0) return -1;
    return binding.indexOf(buffer, new Uint8Array([(val >>> 0) & 0xff]), opt, dir);
  }

  const ops = encoding === undefined ? encodingOps.utf8 : getEncodingOps(encoding);

  if (typeof val === 'string') {
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
    return ops.indexOf(buffer, val, byteOffset, dir);
  }

  if (isUint8Array(val)) {
    if (ops === encodingOps.utf16le) return searchUcs2(buffer, val, byteOffset, dir, false);
    return searchBytes(buffer, val, byteOffset, dir);
  }

  throw new ERR_INVALID_ARG_TYPE('value', ['number', 'string', 'Buffer', 'Uint8Array'], val);
}

method('indexOf', function indexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, true);
});

method('lastIndexOf', function lastIndexOf(val, byteOffset, encoding) {
  return bidirectionalIndexOf(this, val, byteOffset, encoding, false);
});

method('includes', function includes(val, byteOffset, encoding) {
  return this.indexOf(val, byteOffset, encoding) !== -1;
});

function _fill(buf, value, offset, end, encoding) {
  let normalizedEncoding;
  if (typeof value === 'string') {
    if (offset === undefined || typeof offset === 'string') {
      encoding = offset;
      offset = 0;
      end = buf.length;
    } else if (typeof end === 'string') {
      encoding = end;
      end = buf.length;
    }
    normalizedEncoding = normalizeEncoding(encoding);
    if (normalizedEncoding === undefined) {
      if (typeof encoding !== 'string') throw new ERR_INVALID_ARG_TYPE('encoding', 'string', encoding);
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (value.length === 0) {
      value = 0;
    } else if (value.length === 1) {
      // One byte: fill with its number.
      if (normalizedEncoding === 'utf8') {
        const code = value.charCodeAt(0);
        if (code < 128) value = code;
      } else if (normalizedEncoding === 'latin1') {
        value = value.charCodeAt(0);
      }
    }
  } else {
    encoding = undefined;
  }

  if (offset === undefined) {
    offset = 0;
    end = buf.length;
  } else {
    validateOffset(offset, 'offset');
    if (end === undefined) end = buf.length;
    else validateOffset(end, 'end', 0, buf.length);
    if (offset >= end) return buf;
  }

  if (typeof value === 'number') {
    const byteLen = Reflect.apply(getByteLength, buf, []);
    if (offset > end || end - offset + offset > byteLen) throw new ERR_BUFFER_OUT_OF_BOUNDS();
    Reflect.apply(TypedArrayFill, buf, [value, offset, end]);
    return buf;
  }

  let bytes;
  if (typeof value === 'string') {
    bytes = new Uint8Array(binding.encode(value, encodingOps[normalizedEncoding].encodingVal));
  } else if (isArrayBufferView(value)) {
    bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  } else {
    Reflect.apply(TypedArrayFill, buf, [(value >>> 0) & 255, offset, end]);
    return buf;
  }
  if (bytes.length === 0) throw new ERR_INVALID_ARG_VALUE('value', value);
  if (end > buf.length) throw new ERR_BUFFER_OUT_OF_BOUNDS();
  binding.fill(buf, bytes, offset, end);
  return buf;
}

method('fill', function fill(value, offset, end, encoding) {
  return _fill(this, value, offset, end, encoding);
});

method('write', function write(string, offset, length, encoding) {
  if (offset === undefined) {
    if (typeof string !== 'string') throw notAString();
    return binding.write(this, string, 0, this.length, binding.kUtf8);
  }
  if (length === undefined && typeof offset === 'string') {
    encoding = offset;
    length = this.length;
    offset = 0;
  } else {
    validateOffset(offset, 'offset', 0, this.length);
    const remaining = this.length - offset;
    if (length === undefined) {
      length = remaining;
    } else if (typeof length === 'string') {
      encoding = length;
      length = remaining;
    } else {
      validateOffset(length, 'length', 0, this.length);
      if (length > remaining) length = remaining;
    }
  }
  let ops;
  if (!encoding || encoding === 'utf8') ops = encodingOps.utf8;
  else if (encoding === 'ascii') ops = encodingOps.ascii;
  else {
    ops = getEncodingOps(encoding);
    if (ops === undefined) throw new ERR_UNKNOWN_ENCODING(encoding);
  }
  if (typeof string !== 'string') throw notAString();
  return ops.write(this, string, offset, length);
});

method('toJSON', function toJSON() {
  if (this.length > 0) {
    const data = new Array(this.length);
    for (let i = 0; i < this.length; ++i) data[i] = this[i];
    return { type: 'Buffer', data };
  }
  return { type: 'Buffer', data: [] };
});

function adjustOffset(offset, length) {
  // Use Math.trunc() to convert offset to an integer value that can be larger than an
  // Int32. Hence, don't use offset | 0 or similar techniques.
  offset = Math.trunc(offset);
  if (offset === 0 || Number.isNaN(offset)) return 0;
  if (offset < 0) {
    offset += length;
    return offset > 0 ? offset : 0;
  }
  if (offset < length) return offset;
  return length;
}

method('subarray', function subarray(start, end) {
  const srcLength = this.length;
  start = adjustOffset(start, srcLength);
  end = end !== undefined ? adjustOffset(end, srcLength) : srcLength;
  const newLength = end > start ? end - start : 0;
  return new FastBuffer(this.buffer, this.byteOffset + start, newLength);
});

method('slice', function slice(start, end) {
  return this.subarray(start, end);
});

function swap(b, n, m) {
  const i = b[n];
  b[n] = b[m];
  b[m] = i;
}

method('swap16', function swap16() {
  const len = this.length;
  if (len % 2 !== 0) throw new ERR_INVALID_BUFFER_SIZE('16-bits');
  for (let i = 0; i < len; i += 2) swap(this, i, i + 1);
  return this;
});

method('swap32', function swap32() {
  const len = this.length;
  if (len % 4 !== 0) throw new ERR_INVALID_BUFFER_SIZE('32-bits');
  for (let i = 0; i < len; i += 4) {
    swap(this, i, i + 3);
    swap(this, i + 1, i + 2);
  }
  return this;
});

method('swap64', function swap64() {
  const len = this.length;
  if (len % 8 !== 0) throw new ERR_INVALID_BUFFER_SIZE('64-bits');
  for (let i = 0; i < len; i += 8) {
    swap(this, i, i + 7);
    swap(this, i + 1, i + 6);
    swap(this, i + 2, i + 5);
    swap(this, i + 3, i + 4);
  }
  return this;
});

method('toLocaleString', proto.toString);

// Function lengths as Node's (its natives and wrappers declare more parameters).
for (const [obj, name, length] of [[proto, 'indexOf', 4], [proto, 'lastIndexOf', 4],
  [proto, 'includes', 4], [Buffer, 'allocUnsafe', 2], [Buffer, 'allocUnsafeSlow', 2]]) {
  Object.defineProperty(obj[name], 'length', { __proto__: null, value: length, configurable: true });
}

// The native string check's error (its message has no argument name or received value).
function notAString() {
  const err = new TypeError('argument must be a string');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

// ---- module functions -----------------------------------------------------------------------

function isUtf8(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    return binding.isUtf8(asBytes(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function isAscii(input) {
  if (isTypedArray(input) || isAnyArrayBuffer(input)) {
    return binding.isAscii(asBytes(input));
  }
  throw new ERR_INVALID_ARG_TYPE('input', ['ArrayBuffer', 'Buffer', 'TypedArray'], input);
}

function asBytes(input) {
  if (isAnyArrayBuffer(input)) return new Uint8Array(input);
  return new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
}

function lazyDOMException(message, name) {
  return new DOMException(message, name);
}

// ASCII whitespace is skipped by forgiving-base64; the rest must be in the alphabet.
function isBase64Char(c) {
  return (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || (c >= 0x30 && c <= 0x39) ||
    c === 0x2B || c === 0x2F;
}
function isAsciiWhitespace(c) {
  return c === 0x09 || c === 0x0A || c === 0x0C || c === 0x0D || c === 0x20;
}

function btoa(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  for (let n = 0; n < input.length; n++) {
    if (input.charCodeAt(n) > 0xff) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  return binding.decode(new Uint8Array(binding.encode(input, binding.kLatin1)), binding.kBase64,
    0, Infinity);
}

function atob(input) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('input');
  input = `${input}`;
  let dataCount = 0;
  let equalCount = 0;
  for (let n = 0; n < input.length; n++) {
    const c = input.charCodeAt(n);
    if (isAsciiWhitespace(c)) continue;
    if (c === 0x3D) {
      dataCount++;
      equalCount++;
      if (equalCount > 2) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    } else if (isBase64Char(c)) {
      dataCount++;
      // `=` may only end the input.
      if (equalCount) throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    } else {
      throw lazyDOMException('Invalid character', 'InvalidCharacterError');
    }
  }
  let reminder = dataCount % 4;
  if (!reminder) {
    reminder = (dataCount - equalCount) % 4;
  } else if (equalCount) {
    throw lazyDOMException('Invalid character', 'InvalidCharacterError');
  }
  if (reminder === 1) {
    throw lazyDOMException('The string to be decoded is not correctly encoded.',
      'InvalidCharacterError');
  }
  const bytes = new Uint8Array(binding.encode(input, binding.kBase64));
  return binding.decode(bytes, binding.kLatin1, 0, bytes.length);
}

function transcode(source, fromEncoding, toEncoding) {
  if (!isUint8Array(source)) {
    throw new ERR_INVALID_ARG_TYPE('source', ['Buffer', 'Uint8Array'], source);
  }
  if (source.length === 0) return Buffer.alloc(0);
  const from_ = normalizeEncoding(fromEncoding) || fromEncoding;
  const to = normalizeEncoding(toEncoding) || toEncoding;
  const ok = ['utf8', 'utf16le', 'latin1', 'ascii'];
  if (!ok.includes(from_) || !ok.includes(to)) {
    const err = new Error(`Unable to transcode Buffer [U_ILLEGAL_ARGUMENT_ERROR]`);
    err.code = 'U_ILLEGAL_ARGUMENT_ERROR';
    err.errno = 1;
    throw err;
  }
  const str = binding.decode(source, encodingOps[from_].encodingVal, 0, source.length);
  // Characters the target cannot hold become '?', as ICU's converters do.
  const s = (to === 'latin1' || to === 'ascii') ?
    str.replace(to === 'ascii' ? /[^\x00-\x7f]/g : /[^\x00-\xff]/g, '?') : str;
  return Buffer.from(s, to);
}

const { Blob, File, resolveObjectURL } = require('internal/buffer_blob');

module.exports = {
  Buffer,
  transcode,
  isUtf8,
  isAscii,
  kMaxLength,
  kStringMaxLength,
  btoa,
  atob,
  constants,
  INSPECT_MAX_BYTES: undefined,
  Blob,
  resolveObjectURL,
  File,
};

Object.defineProperty(module.exports, 'INSPECT_MAX_BYTES', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return INSPECT_MAX_BYTES; },
  set(val) {
    validateNumber(val, 'INSPECT_MAX_BYTES', 0);
    INSPECT_MAX_BYTES = val;
  },
});
