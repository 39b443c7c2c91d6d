// node:string_decoder (mirrors Node's lib/string_decoder.js and the state machine of its
// native src/string_decoder.cc): StringDecoder keeps the bytes of a character split across
// writes (utf8, utf16le incl. surrogate pairs, base64/base64url groups of three) in a
// 7-byte state buffer laid out as Node's — incomplete bytes [0, 4), missing count [4],
// buffered count [5], encoding id [6] — so lastChar/lastNeed/lastTotal and util.inspect
// show what Node shows. The byte-to-string work is internalBinding('buffer').decode.
'use strict';

const { Buffer } = require('buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_UNKNOWN_ENCODING },
} = require('internal/errors');
const binding = internalBinding('buffer');

const kNativeDecoder = Symbol('kNativeDecoder');
const kMissingBytes = 4;
const kBufferedBytes = 5;
const kEncodingField = 6;
const kSize = 7;

// Node's encoding enum values (what the state buffer's last byte shows).
const encodingsMap = { ascii: 0, utf8: 1, base64: 2, utf16le: 3, latin1: 4, hex: 5, base64url: 7 };
// The same encodings as internalBinding('buffer') numbers them.
const bindingIds = [binding.kAscii, binding.kUtf8, binding.kBase64, binding.kUcs2,
  binding.kLatin1, binding.kHex, 0, binding.kBase64Url];
const UTF8 = 1;
const BASE64 = 2;
const UCS2 = 3;
const BASE64URL = 7;

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (`${enc}`.toLowerCase()) {
    case 'utf8': case 'utf-8': case '': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    default: throw new ERR_UNKNOWN_ENCODING(enc);
  }
}

function makeString(state, bytes, start, end) {
  return binding.decode(bytes, bindingIds[state[kEncodingField]], start, end);
}

function decode(state, data) {
  const enc = state[kEncodingField];
  let nread = data.length;
  let pos = 0;
  let prepend = '';

  if ((enc === UTF8 || enc === UCS2 || enc === BASE64 || enc === BASE64URL) &&
      state[kMissingBytes] > 0) {
    if (enc === UTF8) {
      // A byte that should continue the character but does not ends it (V8 replaces it).
      for (let i = 0; i < nread && i < state[kMissingBytes]; ++i) {
        if ((data[i] & 0xC0) !== 0x80) {
          state[kMissingBytes] = 0;
          state.set(data.subarray(0, i), state[kBufferedBytes]);
          state[kBufferedBytes] += i;
          pos += i;
          nread -= i;
          break;
        }
      }
    }
    const found = Math.min(nread, state[kMissingBytes]);
    state.set(data.subarray(pos, pos + found), state[kBufferedBytes]);
    pos += found;
    nread -= found;
    state[kMissingBytes] -= found;
    state[kBufferedBytes] += found;
    if (state[kMissingBytes] === 0) {
      prepend = makeString(state, state, 0, state[kBufferedBytes]);
      state[kBufferedBytes] = 0;
    }
  }

  if (nread === 0) return prepend;

  const last = pos + nread - 1;
  if (enc === UTF8 && (data[last] & 0x80)) {
    // Find where the last character starts and whether it is complete.
    for (let i = last; ; --i) {
      state[kBufferedBytes]++;
      if ((data[i] & 0xC0) === 0x80) {
        if (state[kBufferedBytes] >= 4 || i === pos) {
          state[kBufferedBytes] = 0;
          break;
        }
      } else {
        if ((data[i] & 0xE0) === 0xC0) state[kMissingBytes] = 2;
        else if ((data[i] & 0xF0) === 0xE0) state[kMissingBytes] = 3;
        else if ((data[i] & 0xF8) === 0xF0) state[kMissingBytes] = 4;
        else {
          state[kBufferedBytes] = 0;
          break;
        }
        if (state[kBufferedBytes] >= state[kMissingBytes]) {
          state[kMissingBytes] = 0;
          state[kBufferedBytes] = 0;
        }
        state[kMissingBytes] -= state[kBufferedBytes];
        break;
      }
    }
  } else if (enc === UCS2) {
    if (nread % 2 === 1) {
      state[kBufferedBytes] = 1;
      state[kMissingBytes] = 1;
    } else if ((data[last] & 0xFC) === 0xD8) {
      // The first half of a surrogate pair.
      state[kBufferedBytes] = 2;
      state[kMissingBytes] = 2;
    }
  } else if (enc === BASE64 || enc === BASE64URL) {
    state[kBufferedBytes] = nread % 3;
    if (state[kBufferedBytes] > 0) state[kMissingBytes] = 3 - state[kBufferedBytes];
  }

  const buffered = state[kBufferedBytes];
  if (buffered > 0) {
    nread -= buffered;
    state.set(data.subarray(pos + nread, pos + nread + buffered), 0);
  }
  const body = nread > 0 ? makeString(state, data, pos, pos + nread) : '';
  return prepend + body;
}

function flush(state) {
  if (state[kEncodingField] === UCS2 && state[kBufferedBytes] % 2 === 1) {
    // A single trailing byte is dropped.
    state[kMissingBytes]--;
    state[kBufferedBytes]--;
  }
  if (state[kBufferedBytes] === 0) return '';
  const ret = makeString(state, state, 0, state[kBufferedBytes]);
  state[kMissingBytes] = 0;
  state[kBufferedBytes] = 0;
  return ret;
}

function StringDecoder(encoding) {
  this.encoding = normalizeEncoding(encoding);
  this[kNativeDecoder] = Buffer.alloc(kSize);
  this[kNativeDecoder][kEncodingField] = encodingsMap[this.encoding];
}

StringDecoder.prototype.write = function write(buf) {
  if (typeof buf === 'string') return buf;
  if (!ArrayBuffer.isView(buf)) {
    throw new ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray', 'DataView'], buf);
  }
  if (!this[kNativeDecoder]) throw new ERR_INVALID_THIS('StringDecoder');
  const bytes = buf instanceof Uint8Array ? buf :
    new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  return decode(this[kNativeDecoder], bytes);
};

StringDecoder.prototype.end = function end(buf) {
  let ret = '';
  if (buf !== undefined) ret = this.write(buf);
  if (this[kNativeDecoder][kBufferedBytes] > 0) ret += flush(this[kNativeDecoder]);
  return ret;
};

// Legacy: decode from `offset` after dropping any partial character.
StringDecoder.prototype.text = function text(buf, offset) {
  this[kNativeDecoder][kMissingBytes] = 0;
  this[kNativeDecoder][kBufferedBytes] = 0;
  return this.write(buf.slice(offset));
};

Object.defineProperties(StringDecoder.prototype, {
  lastChar: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder].subarray(0, kMissingBytes); },
  },
  lastNeed: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kMissingBytes]; },
  },
  lastTotal: {
    __proto__: null,
    configurable: true,
    enumerable: true,
    get() { return this[kNativeDecoder][kBufferedBytes] + this[kNativeDecoder][kMissingBytes]; },
  },
});

module.exports = { StringDecoder };
