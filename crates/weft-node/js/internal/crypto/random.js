'use strict';

// Node 26's lib/internal/crypto/random.js subset: randomBytes/randomFill(Sync)/randomInt/
// randomUUID/getRandomValues over internalBinding('crypto'). The asynchronous forms are
// RANDOMBYTESREQUEST async resources whose bytes are drawn on the thread pool.

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validateFunction, validateNumber, validateObject, validateBoolean } =
  require('internal/validators');

const binding = internalBinding('crypto');
const { initWrap, destroyWrap } = internalBinding('stream_wrap');

const kMaxInt32 = 2 ** 31 - 1;
const kMaxPossibleLength = kMaxInt32;
// randomInt draws 48-bit values.
const RAND_MAX = 0xFFFF_FFFF_FFFF;

class RandomBytesRequest {}

// Runs a RANDOMBYTESREQUEST job for `size` bytes; `done(bytes)` runs inside the resource.
function randomJob(size, done) {
  const req = new RandomBytesRequest();
  req.oncomplete = function(ab) { done(new Uint8Array(ab)); };
  binding.randomBytesJob(req, size);
}

// Node runs synchronous draws as sync CryptoJobs: each is a RANDOMBYTESREQUEST resource too
// (init now, destroy queued), never entered.
function syncRandom(size) {
  destroyWrap(initWrap(new RandomBytesRequest(), 'RANDOMBYTESREQUEST'));
  return new Uint8Array(binding.randomBytes(size));
}

function assertOffset(offset, elementSize, length) {
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = Math.min(length, kMaxPossibleLength);
  if (Number.isNaN(offset) || offset > maxLength || offset < 0) {
    throw new ERR_OUT_OF_RANGE('offset', `>= 0 && <= ${maxLength}`, offset);
  }
  return offset >>> 0;
}

function assertSize(size, elementSize, offset, length) {
  validateNumber(size, 'size');
  size *= elementSize;
  if (Number.isNaN(size) || size > kMaxPossibleLength || size < 0) {
    throw new ERR_OUT_OF_RANGE('size', `>= 0 && <= ${kMaxPossibleLength}`, size);
  }
  if (size + offset > length) {
    throw new ERR_OUT_OF_RANGE('size + offset', `<= ${length}`, size + offset);
  }
  return size >>> 0;
}

function randomBytes(size, callback) {
  validateNumber(size, 'size', 0, kMaxInt32);
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (callback === undefined) {
    const bytes = syncRandom(size);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  }
  randomJob(size, (bytes) => {
    callback(null, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  });
}

function bytesOf(buf) {
  if (ArrayBuffer.isView(buf)) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  return new Uint8Array(buf);
}

function checkFillTarget(buf) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer) &&
      !(typeof SharedArrayBuffer !== 'undefined' && buf instanceof SharedArrayBuffer)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
}

function randomFillSync(buf, offset = 0, size) {
  checkFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  offset = assertOffset(offset, elementSize, buf.byteLength);
  if (size === undefined) size = buf.byteLength - offset;
  else size = assertSize(size, elementSize, offset, buf.byteLength);
  if (size === 0) return buf;
  bytesOf(buf).set(syncRandom(size), offset);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  checkFillTarget(buf);
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  if (typeof offset === 'function') {
    callback = offset;
    offset = 0;
    size = buf.byteLength;
  } else if (typeof size === 'function') {
    callback = size;
    offset = assertOffset(offset, elementSize, buf.byteLength);
    size = buf.byteLength - offset;
  } else {
    validateFunction(callback, 'callback');
    offset = assertOffset(offset, elementSize, buf.byteLength);
    if (size === undefined) size = buf.byteLength - offset;
    else size = assertSize(size, elementSize, offset, buf.byteLength);
  }
  validateFunction(callback, 'callback');
  if (size === 0) {
    process.nextTick(callback, null, buf);
    return;
  }
  randomJob(size, (bytes) => {
    bytesOf(buf).set(bytes, offset);
    callback(null, buf);
  });
}

function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) throw new ERR_INVALID_ARG_TYPE('min', 'a safe integer', min);
  if (!Number.isSafeInteger(max)) throw new ERR_INVALID_ARG_TYPE('max', 'a safe integer', max);
  if (max <= min) {
    throw new ERR_OUT_OF_RANGE('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw new ERR_OUT_OF_RANGE(`max${minNotSpecified ? '' : ' - min'}`, `<= ${RAND_MAX}`, range);
  }
  // Rejection sampling over 48-bit values keeps the distribution uniform.
  const randLimit = RAND_MAX - (RAND_MAX % range);
  const draw = () => {
    while (intCacheOffset < intCache.length) {
      const b = intCache;
      const o = intCacheOffset;
      intCacheOffset += 6;
      const x = b[o] * 2 ** 40 + b[o + 1] * 2 ** 32 + b[o + 2] * 2 ** 24 + b[o + 3] * 2 ** 16 +
        b[o + 4] * 2 ** 8 + b[o + 5];
      if (x < randLimit) return (x % range) + min;
    }
    return undefined;
  };
  if (isSync) {
    for (;;) {
      const n = draw();
      if (n !== undefined) return n;
      intCache = syncRandom(6 * 1024);
      intCacheOffset = 0;
    }
  }
  const n = draw();
  if (n !== undefined) {
    process.nextTick(callback, undefined, n);
    return;
  }
  // Like Node, an empty cache is refilled asynchronously; the callback then runs inside
  // that RANDOMBYTESREQUEST.
  randomJob(6 * 1024, (bytes) => {
    intCache = bytes;
    intCacheOffset = 0;
    let v;
    while ((v = draw()) === undefined) {
      intCache = new Uint8Array(binding.randomBytes(6 * 1024));
      intCacheOffset = 0;
    }
    callback(undefined, v);
  });
}

// Node's randomInt draws from a 6 KiB entropy cache, randomUUID from one of 128 UUIDs.
let intCache = new Uint8Array(0);
let intCacheOffset = 0;
let uuidCache = new Uint8Array(0);
let uuidCacheOffset = 0;

const hex = [];
for (let i = 0; i < 256; i++) hex.push(i.toString(16).padStart(2, '0'));

function randomUUID(options) {
  if (options !== undefined) validateObject(options, 'options');
  const { disableEntropyCache = false } = options || {};
  validateBoolean(disableEntropyCache, 'options.disableEntropyCache');
  let b;
  if (disableEntropyCache) {
    b = syncRandom(16);
  } else {
    if (uuidCacheOffset >= uuidCache.length) {
      uuidCache = syncRandom(16 * 128);
      uuidCacheOffset = 0;
    }
    b = uuidCache.subarray(uuidCacheOffset, uuidCacheOffset + 16);
    uuidCacheOffset += 16;
  }
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  return `${hex[b[0]]}${hex[b[1]]}${hex[b[2]]}${hex[b[3]]}-${hex[b[4]]}${hex[b[5]]}-` +
    `${hex[b[6]]}${hex[b[7]]}-${hex[b[8]]}${hex[b[9]]}-` +
    `${hex[b[10]]}${hex[b[11]]}${hex[b[12]]}${hex[b[13]]}${hex[b[14]]}${hex[b[15]]}`;
}

function isIntegerTypedArray(data) {
  return data instanceof Int8Array || data instanceof Uint8Array ||
    data instanceof Uint8ClampedArray || data instanceof Int16Array ||
    data instanceof Uint16Array || data instanceof Int32Array || data instanceof Uint32Array ||
    data instanceof BigInt64Array || data instanceof BigUint64Array;
}

// Web Crypto's getRandomValues: integer typed arrays only, at most 65536 bytes.
function getRandomValues(data) {
  if (!isIntegerTypedArray(data)) {
    throw new DOMException('The data argument must be an integer-type TypedArray',
                           'TypeMismatchError');
  }
  if (data.byteLength > 65536) {
    throw new DOMException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
  }
  randomFillSync(data, 0);
  return data;
}

module.exports = {
  randomBytes, randomFill, randomFillSync, randomInt, randomUUID, getRandomValues,
};
