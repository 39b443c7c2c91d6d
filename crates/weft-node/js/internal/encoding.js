// TextEncoder and TextDecoder (mirrors Node's lib/internal/encoding.js and the WHATWG Encoding
// Standard): UTF-8 encode/encodeInto; decoding of utf-8 (fatal, ignoreBOM, streaming),
// utf-16le, utf-16be and windows-1252 (the latin1/ascii labels) with the standard's label
// table. Other encodings Node gets from ICU are not supported (ERR_ENCODING_NOT_SUPPORTED).
'use strict';

const {
  codes: {
    ERR_ENCODING_INVALID_ENCODED_DATA,
    ERR_ENCODING_NOT_SUPPORTED,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
  },
} = require('internal/errors');
const types = require('internal/buffer_types');
const binding = internalBinding('buffer');

let lazyInspect;
function inspect(...args) {
  lazyInspect ??= require('internal/util/inspect').inspect;
  return lazyInspect(...args);
}
const customInspect = Symbol.for('nodejs.util.inspect.custom');

// ---- labels ---------------------------------------------------------------------------------

const labels = new Map();
function addLabels(name, list) {
  for (const l of list) labels.set(l, name);
}
addLabels('utf-8', ['unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'utf-8', 'utf8',
  'x-unicode20utf8']);
addLabels('utf-16le', ['csunicode', 'iso-10646-ucs-2', 'ucs-2', 'unicode', 'unicodefeff',
  'utf-16', 'utf-16le']);
addLabels('utf-16be', ['unicodefffe', 'utf-16be']);
addLabels('windows-1252', ['ansi_x3.4-1968', 'ascii', 'cp1252', 'cp819', 'csisolatin1',
  'ibm819', 'iso-8859-1', 'iso-ir-100', 'iso8859-1', 'iso88591', 'iso_8859-1',
  'iso_8859-1:1987', 'l1', 'latin1', 'us-ascii', 'windows-1252', 'x-cp1252']);

function getEncodingFromLabel(label) {
  // Labels match after trimming ASCII whitespace, case-insensitively.
  return labels.get(`${label}`.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '').toLowerCase());
}

// ---- TextEncoder ----------------------------------------------------------------------------

function utf8Length(code) {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  if (code < 0x10000) return 3;
  return 4;
}

class TextEncoder {
  #brand = true;

  // V8's messages for Node's private-field brand checks.
  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      throw new TypeError('Receiver must be an instance of class TextEncoder');
    }
  }

  static #checkField(self) {
    if (self === null || typeof self !== 'object' || !(#brand in self)) {
      throw new TypeError(
        'Cannot read private member #encoding from an object whose class did not declare it');
    }
  }

  get encoding() {
    TextEncoder.#checkField(this);
    return 'utf-8';
  }

  encode(input = '') {
    TextEncoder.#check(this);
    return new Uint8Array(binding.encode(`${input}`, binding.kUtf8));
  }

  encodeInto(src, dest) {
    TextEncoder.#check(this);
    if (typeof src !== 'string') throw new ERR_INVALID_ARG_TYPE('src', 'string', src);
    if (!types.isUint8Array(dest)) throw new ERR_INVALID_ARG_TYPE('dest', 'Uint8Array', dest);
    const written = binding.write(dest, src, 0, dest.length, binding.kUtf8);
    // Count the UTF-16 units of the characters that made those bytes.
    let read = 0;
    let bytes = 0;
    while (bytes < written) {
      const code = src.codePointAt(read);
      const isPair = code > 0xffff;
      bytes += (code >= 0xd800 && code <= 0xdfff) ? 3 : utf8Length(code);
      read += isPair ? 2 : 1;
    }
    return { read, written };
  }

  [customInspect](depth, opts) {
    TextEncoder.#checkField(this);
    if (typeof depth === 'number' && depth < 0) return this;
    return inspect({ encoding: this.encoding }, opts);
  }
}

Object.defineProperties(TextEncoder.prototype, {
  encode: { enumerable: true },
  encodeInto: { enumerable: true },
  encoding: { enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextEncoder' },
});

// ---- TextDecoder ----------------------------------------------------------------------------

// windows-1252 bytes 0x80..0x9F (the rest are their latin1 characters).
const cp1252 = [0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030,
  0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
  0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178];

// How many bytes at the end of `b` begin a UTF-8 sequence that more input could complete.
function incompleteUtf8Tail(b) {
  const len = b.length;
  for (let back = 1; back <= 3 && back <= len; back++) {
    const lead = b[len - back];
    if ((lead & 0xc0) === 0x80) continue;
    let need;
    if (lead >= 0xc2 && lead <= 0xdf) need = 2;
    else if (lead >= 0xe0 && lead <= 0xef) need = 3;
    else if (lead >= 0xf0 && lead <= 0xf4) need = 4;
    else return 0;
    if (back >= need) return 0;
    if (back >= 2) {
      const second = b[len - back + 1];
      let lo = 0x80;
      let hi = 0xbf;
      if (lead === 0xe0) lo = 0xa0;
      else if (lead === 0xed) hi = 0x9f;
      else if (lead === 0xf0) lo = 0x90;
      else if (lead === 0xf4) hi = 0x8f;
      if (second < lo || second > hi) return 0;
    }
    return back;
  }
  return 0;
}

function concatBytes(a, b) {
  if (a === null || a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function invalidInput() {
  const err = new TypeError('The "list" argument must be an instance of SharedArrayBuffer, ' +
    'ArrayBuffer or ArrayBufferView.');
  err.code = 'ERR_INVALID_ARG_TYPE';
  return err;
}

function validateOptions(options) {
  if (options !== null && options !== undefined && typeof options !== 'object' &&
      typeof options !== 'function') {
    throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  }
}

class TextDecoder {
  #encoding;
  #fatal;
  #ignoreBOM;
  #pending = null;
  #bomSeen = false;

  constructor(encoding = 'utf-8', options = {}) {
    encoding = `${encoding}`;
    validateOptions(options);
    const enc = getEncodingFromLabel(encoding);
    if (enc === undefined) throw new ERR_ENCODING_NOT_SUPPORTED(encoding);
    this.#encoding = enc;
    this.#fatal = Boolean(options?.fatal);
    this.#ignoreBOM = Boolean(options?.ignoreBOM);
  }

  static #check(self) {
    if (self === null || typeof self !== 'object' || !(#encoding in self)) {
      throw new ERR_INVALID_THIS('TextDecoder');
    }
  }

  decode(input = undefined, options = undefined) {
    TextDecoder.#check(this);
    // The common call, one whole UTF-8 chunk, decodes in one native call.
    if (options === undefined && this.#encoding === 'utf-8' && !this.#fatal &&
        this.#pending === null && !this.#bomSeen && types.isUint8Array(input)) {
      const out = binding.decode(input, binding.kUtf8, 0, Infinity);
      return !this.#ignoreBOM && out.charCodeAt(0) === 0xfeff ? out.slice(1) : out;
    }
    let bytes;
    if (input === undefined) {
      bytes = new Uint8Array(0);
    } else if (types.isAnyArrayBuffer(input)) {
      bytes = new Uint8Array(input);
    } else if (types.isArrayBufferView(input)) {
      bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    } else {
      throw invalidInput();
    }
    validateOptions(options);
    const stream = Boolean(options?.stream);

    bytes = concatBytes(this.#pending, bytes);
    this.#pending = null;

    let out;
    switch (this.#encoding) {
      case 'utf-8': out = this.#decodeUtf8(bytes, stream); break;
      case 'utf-16le': out = this.#decodeUtf16(bytes, stream, false); break;
      case 'utf-16be': out = this.#decodeUtf16(bytes, stream, true); break;
      default: out = decodeCp1252(bytes); break;
    }

    // A byte order mark opens the stream only once; ignoreBOM keeps it.
    if (!this.#bomSeen && out.length > 0) {
      this.#bomSeen = true;
      if (!this.#ignoreBOM && out.charCodeAt(0) === 0xfeff && this.#encoding !== 'windows-1252') {
        out = out.slice(1);
      }
    }
    if (!stream) this.#bomSeen = false;
    return out;
  }

  get encoding() {
    TextDecoder.#check(this);
    return this.#encoding;
  }

  get fatal() {
    TextDecoder.#check(this);
    return this.#fatal;
  }

  get ignoreBOM() {
    TextDecoder.#check(this);
    return this.#ignoreBOM;
  }

  #decodeUtf8(bytes, stream) {
    let end = bytes.length;
    if (stream) {
      const tail = incompleteUtf8Tail(bytes);
      if (tail > 0) {
        this.#pending = bytes.slice(end - tail);
        end -= tail;
      }
    }
    const view = end === bytes.length ? bytes : bytes.subarray(0, end);
    if (this.#fatal && !binding.isUtf8(view)) {
      this.#pending = null;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
    return binding.decode(view, binding.kUtf8, 0, view.length);
  }

  #decodeUtf16(bytes, stream, bigEndian) {
    let end = bytes.length;
    if (stream && (end & 1)) {
      this.#pending = bytes.slice(end - 1);
      end -= 1;
    }
    let units = bytes.subarray(0, end & ~1);
    if (bigEndian) {
      const swapped = new Uint8Array(units.length);
      for (let i = 0; i < units.length; i += 2) {
        swapped[i] = units[i + 1];
        swapped[i + 1] = units[i];
      }
      units = swapped;
    }
    // A high surrogate at the end may pair with the next chunk.
    if (stream && units.length >= 2) {
      const last = units[units.length - 2] | (units[units.length - 1] << 8);
      if (last >= 0xd800 && last <= 0xdbff) {
        const keep = bytes.slice(units.length - 2, end);
        this.#pending = concatBytes(keep, this.#pending || new Uint8Array(0));
        units = units.subarray(0, units.length - 2);
      }
    }
    let s = binding.decode(units, binding.kUcs2, 0, units.length);
    const wellFormed = s.toWellFormed();
    const oddByte = !stream && (end & 1);
    if (this.#fatal && (wellFormed !== s || oddByte)) {
      this.#pending = null;
      throw new ERR_ENCODING_INVALID_ENCODED_DATA(this.#encoding);
    }
    s = wellFormed;
    if (oddByte) s += '\ufffd';
    return s;
  }

  [customInspect](depth, opts) {
    TextDecoder.#check(this);
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = { encoding: this.encoding, fatal: this.fatal, ignoreBOM: this.ignoreBOM };
    return `${this.constructor.name} ${inspect(obj)}`;
  }
}

function decodeCp1252(bytes) {
  let s = binding.decode(bytes, binding.kLatin1, 0, bytes.length);
  if (/[\x80-\x9f]/.test(s)) {
    s = s.replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(cp1252[c.charCodeAt(0) - 0x80]));
  }
  return s;
}

Object.defineProperties(TextDecoder.prototype, {
  decode: { enumerable: true },
  encoding: { enumerable: true },
  fatal: { enumerable: true },
  ignoreBOM: { enumerable: true },
  [Symbol.toStringTag]: { __proto__: null, configurable: true, value: 'TextDecoder' },
});

module.exports = { TextEncoder, TextDecoder, getEncodingFromLabel };
