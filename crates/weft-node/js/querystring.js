// node:querystring (Node's lib/querystring.js): parse/decode and stringify/encode of
// `a=1&b=2` strings with custom separators, `maxKeys`, custom encoders and decoders, and the
// lenient percent-decoding (`unescape`/`unescapeBuffer`) that keeps malformed escapes as text.
'use strict';

const { codes: { ERR_INVALID_URI } } = require('internal/errors');

// Characters `escape` leaves alone: A-Z a-z 0-9 - . _ ~ ! ' ( ) * (encodeURIComponent's set).
function qsEscape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  try {
    return encodeURIComponent(str);
  } catch {
    throw new ERR_INVALID_URI();
  }
}

function hexValue(code) {
  if (code >= 48 && code <= 57) return code - 48;
  code |= 0x20;
  if (code >= 97 && code <= 102) return code - 87;
  return -1;
}

// Percent-decodes `s` into bytes; an escape that is not `%XX` stays as its characters, and
// `+` becomes a space when `decodeSpaces` is set.
function unescapeBytes(s, decodeSpaces) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code === 43 /* + */ && decodeSpaces) {
      bytes.push(32);
    } else if (code === 37 /* % */ && i + 2 < s.length &&
        hexValue(s.charCodeAt(i + 1)) !== -1 && hexValue(s.charCodeAt(i + 2)) !== -1) {
      bytes.push(hexValue(s.charCodeAt(i + 1)) * 16 + hexValue(s.charCodeAt(i + 2)));
      i += 2;
    } else {
      // As Node: every other UTF-16 unit is kept as its low byte.
      bytes.push(code & 0xff);
    }
  }
  return bytes;
}

// UTF-8 bytes to a string, each ill-formed sequence becoming U+FFFD (WHATWG decode).
function utf8Decode(bytes) {
  let out = '';
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i];
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; cp = b & 0x1f; } else if (b >= 0xe0 && b <= 0xef) {
      need = 2; cp = b & 0x0f;
      if (b === 0xe0) lower = 0xa0;
      if (b === 0xed) upper = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3; cp = b & 0x07;
      if (b === 0xf0) lower = 0x90;
      if (b === 0xf4) upper = 0x8f;
    } else {
      out += '\ufffd';
      i++;
      continue;
    }
    let j = i + 1;
    let ok = true;
    for (let k = 0; k < need; k++, j++) {
      const c = bytes[j];
      if (c === undefined || c < lower || c > upper) { ok = false; break; }
      lower = 0x80;
      upper = 0xbf;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (!ok) {
      out += '\ufffd';
      i = j;
      continue;
    }
    out += String.fromCodePoint(cp);
    i = j;
  }
  return out;
}

function unescapeBuffer(s, decodeSpaces) {
  const bytes = unescapeBytes(`${s}`, decodeSpaces);
  return globalThis.Buffer.from(bytes);
}

function qsUnescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return utf8Decode(unescapeBytes(`${s}`, decodeSpaces));
  }
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return `${v}`;
  if (typeof v === 'bigint') return `${v}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep ||= '&';
  eq ||= '=';
  let encode = QueryString.escape;
  if (options && typeof options.encodeURIComponent === 'function') {
    encode = options.encodeURIComponent;
  }
  const convert = (v) => encode(stringifyPrimitive(v));
  if (obj === null || typeof obj !== 'object') return '';
  let fields = '';
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = `${convert(k)}${eq}`;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      if (fields) fields += sep;
      for (let j = 0; j < v.length; ++j) {
        if (j) fields += sep;
        fields += ks + convert(v[j]);
      }
    } else {
      if (fields) fields += sep;
      fields += ks + convert(v);
    }
  }
  return fields;
}

function addKeyVal(obj, key, value) {
  const cur = obj[key];
  if (cur === undefined) obj[key] = value;
  else if (Array.isArray(cur)) cur.push(value);
  else obj[key] = [cur, value];
}

function parse(qs, sep, eq, options) {
  const obj = { __proto__: null };
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') {
    maxKeys = options.maxKeys > 0 ? options.maxKeys : 0;
  }
  let decode = QueryString.unescape;
  if (options && typeof options.decodeURIComponent === 'function') {
    decode = options.decodeURIComponent;
  }
  const custom = decode !== qsUnescape;
  const decodePart = (s) => {
    if (s.length === 0) return s;
    // '+' means a space; the default decoder only sees text holding a valid %XX escape.
    const spaced = s.replaceAll('+', '%20');
    if (!custom && !/%[0-9A-Fa-f]{2}/.test(spaced)) return spaced;
    try {
      return decode(spaced);
    } catch {
      return QueryString.unescape(spaced, true);
    }
  };
  let pairs = 0;
  let pos = 0;
  while (pos <= qs.length) {
    let end = qs.indexOf(sep, pos);
    if (end === -1) end = qs.length;
    const part = qs.slice(pos, end);
    pos = end + sep.length;
    // Every separated part counts toward maxKeys, empty ones included (as in Node).
    if (maxKeys !== 0 && pairs >= maxKeys) break;
    pairs++;
    if (part.length > 0) {
      const at = part.indexOf(eq);
      const rawKey = at === -1 ? part : part.slice(0, at);
      const rawValue = at === -1 ? '' : part.slice(at + eq.length);
      addKeyVal(obj, decodePart(rawKey), decodePart(rawValue));
    }
    if (end === qs.length) break;
  }
  return obj;
}

const QueryString = module.exports = {
  unescapeBuffer,
  unescape: qsUnescape,
  escape: qsEscape,
  stringify,
  encode: stringify,
  parse,
  decode: parse,
};
