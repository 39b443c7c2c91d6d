// util.MIMEType / util.MIMEParams (mirrors Node's lib/internal/mime.js): the WHATWG MIME
// Sniffing "parse a MIME type" algorithm (HTTP whitespace trimmed, lower-cased type and
// subtype of HTTP token code points, `;name=value` parameters with quoted strings, first
// occurrence of a name wins, invalid parameters skipped) and its serialisation (values
// quoted when empty or not made of token code points). Errors: ERR_INVALID_MIME_SYNTAX.
'use strict';

const { codes } = require('internal/errors');

const kNotToken = /[^!#$%&'*+\-.^_`|~A-Za-z0-9]/;
const kNotQuotedStringChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const kWhitespace = /[ \t\n\r]/;

const searchIn = (str, re) => {
  const m = re.exec(str);
  return m === null ? -1 : m.index;
};

function invalid(production, str, index) {
  return new codes.ERR_INVALID_MIME_SYNTAX(production, str, index);
}

function trimHttpWhitespace(str) {
  let start = 0;
  let end = str.length;
  while (start < end && kWhitespace.test(str[start])) start++;
  while (end > start && kWhitespace.test(str[end - 1])) end--;
  return str.slice(start, end);
}

function trimTrailingWhitespace(str) {
  let end = str.length;
  while (end > 0 && kWhitespace.test(str[end - 1])) end--;
  return str.slice(0, end);
}

// A quoted string starting at `pos` (on the opening quote): [value, position after it].
function readQuoted(str, pos) {
  let value = '';
  pos++;
  while (pos < str.length) {
    const ch = str[pos];
    if (ch === '"') return [value, pos + 1];
    if (ch === '\\') {
      pos++;
      if (pos >= str.length) {
        value += '\\';
        break;
      }
      value += str[pos++];
      continue;
    }
    value += ch;
    pos++;
  }
  return [value, pos];
}

function parseParameters(str, pos, params) {
  while (pos < str.length) {
    pos++; // the ';'
    while (pos < str.length && kWhitespace.test(str[pos])) pos++;
    let end = pos;
    while (end < str.length && str[end] !== ';' && str[end] !== '=') end++;
    const name = str.slice(pos, end).toLowerCase();
    pos = end;
    if (pos < str.length && str[pos] === ';') continue;
    pos++; // the '='
    if (pos >= str.length) break;
    let value;
    if (str[pos] === '"') {
      [value, pos] = readQuoted(str, pos);
      while (pos < str.length && str[pos] !== ';') pos++;
    } else {
      end = pos;
      while (end < str.length && str[end] !== ';') end++;
      value = trimTrailingWhitespace(str.slice(pos, end));
      pos = end;
      if (value === '') continue;
    }
    if (name !== '' && searchIn(name, kNotToken) === -1 &&
        searchIn(value, kNotQuotedStringChar) === -1 && !params.has(name)) {
      params.set(name, value);
    }
  }
}

function serializeValue(value) {
  if (value !== '' && searchIn(value, kNotToken) === -1) return value;
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

class MIMEParams {
  #data = new Map();

  delete(name) {
    this.#data.delete(`${name}`);
  }

  get(name) {
    const value = this.#data.get(`${name}`);
    return value === undefined ? null : value;
  }

  has(name) {
    return this.#data.has(`${name}`);
  }

  set(name, value) {
    name = `${name}`;
    value = `${value}`;
    const badName = searchIn(name, kNotToken);
    if (name.length === 0 || badName !== -1) throw invalid('parameter name', name, badName);
    const badValue = searchIn(value, kNotQuotedStringChar);
    if (badValue !== -1) throw invalid('parameter value', value, badValue);
    this.#data.set(name, value);
  }

  *entries() {
    yield* this.#data.entries();
  }

  *keys() {
    yield* this.#data.keys();
  }

  *values() {
    yield* this.#data.values();
  }

  toString() {
    let out = '';
    for (const [name, value] of this.#data) {
      if (out !== '') out += ';';
      out += `${name}=${serializeValue(value)}`;
    }
    return out;
  }

  toJSON() {
    return this.toString();
  }

  // Parsing fills an instance's map directly (names there are already checked).
  static fill(params, str, pos) {
    parseParameters(str, pos, params.#data);
  }
}
Object.defineProperty(MIMEParams.prototype, Symbol.iterator, {
  value: MIMEParams.prototype.entries, writable: true, configurable: true,
});
const fillParams = MIMEParams.fill;
delete MIMEParams.fill;

class MIMEType {
  #type;
  #subtype;
  #params = new MIMEParams();

  constructor(string) {
    const str = trimHttpWhitespace(`${string}`);
    const slash = str.indexOf('/');
    const type = slash === -1 ? str : str.slice(0, slash);
    const badType = searchIn(type, kNotToken);
    if (type.length === 0 || badType !== -1 || slash === -1) {
      throw invalid('type', str, badType);
    }
    let end = str.indexOf(';', slash + 1);
    if (end === -1) end = str.length;
    const subtype = trimTrailingWhitespace(str.slice(slash + 1, end));
    const badSubtype = searchIn(subtype, kNotToken);
    if (subtype.length === 0 || badSubtype !== -1) throw invalid('subtype', str, badSubtype);
    this.#type = type.toLowerCase();
    this.#subtype = subtype.toLowerCase();
    fillParams(this.#params, str, end);
  }

  get type() {
    return this.#type;
  }

  set type(value) {
    value = `${value}`;
    const bad = searchIn(value, kNotToken);
    if (value.length === 0 || bad !== -1) throw invalid('type', value, bad);
    this.#type = value.toLowerCase();
  }

  get subtype() {
    return this.#subtype;
  }

  set subtype(value) {
    value = `${value}`;
    const bad = searchIn(value, kNotToken);
    if (value.length === 0 || bad !== -1) throw invalid('subtype', value, bad);
    this.#subtype = value.toLowerCase();
  }

  get essence() {
    return `${this.#type}/${this.#subtype}`;
  }

  get params() {
    return this.#params;
  }

  toString() {
    const params = this.#params.toString();
    return params === '' ? this.essence : `${this.essence};${params}`;
  }

  toJSON() {
    return this.toString();
  }
}
module.exports = { MIMEType, MIMEParams };
