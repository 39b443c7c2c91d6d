// The WHATWG URL API (Node's lib/internal/url.js): `URL` and `URLSearchParams` with the URL
// Standard's parsing and setter rules (done natively by the `url` crate through
// `internalBinding('url')`), a live link between a URL and its `searchParams`, Node's
// `util.inspect` shapes, plus the file-URL helpers (`fileURLToPath`, `pathToFileURL`),
// `urlToHttpOptions` and `domainToASCII`/`domainToUnicode`.
'use strict';

const binding = internalBinding('url');
const {
  codes: {
    ERR_ARG_NOT_ITERABLE,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_INVALID_FILE_URL_HOST,
    ERR_INVALID_FILE_URL_PATH,
    ERR_INVALID_THIS,
    ERR_INVALID_TUPLE,
    ERR_INVALID_URL,
    ERR_INVALID_URL_SCHEME,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateFunction, validateObject } = require('internal/validators');

const customInspect = Symbol.for('nodejs.util.inspect.custom');
let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

// Indices into the components array the binding returns.
const kHref = 0;
const kOrigin = 1;
const kProtocol = 2;
const kUsername = 3;
const kPassword = 4;
const kHost = 5;
const kHostname = 6;
const kPort = 7;
const kPathname = 8;
const kSearch = 9;
const kHash = 10;

const kSpecial = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:']);

// WebIDL USVString: lone surrogates become U+FFFD.
function toUSVString(value) {
  const s = `${value}`;
  return s.isWellFormed() ? s : s.toWellFormed();
}

// Node's ERR_INVALID_URL prints a plain `TypeError: Invalid URL` stack header.
function invalidURL(input, base) {
  const err = base === undefined ? new ERR_INVALID_URL(input) : new ERR_INVALID_URL(input, base);
  const stack = err.stack;
  if (typeof stack === 'string') {
    Object.defineProperty(err, 'stack', {
      value: stack.replace('TypeError [ERR_INVALID_URL]:', 'TypeError:'),
      writable: true, configurable: true, enumerable: false,
    });
  }
  return err;
}

// Private-state accessors shared between the classes below (set in their static blocks).
let urlComponents;
let urlSetSearchFromParams;
let paramsList;
let paramsSetList;
let paramsAttach;
let isURLSearchParams;

class URL {
  #c;
  #searchParams;

  constructor(input, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    input = toUSVString(input);
    if (base !== undefined) base = toUSVString(base);
    const c = binding.parse(input, base);
    if (c === undefined) throw invalidURL(input, base);
    this.#c = c;
  }

  static {
    urlComponents = (self) => {
      if (self === null || typeof self !== 'object' || !(#c in self)) {
        throw new TypeError('Receiver must be an instance of class URL');
      }
      return self.#c;
    };
    urlSetSearchFromParams = (self, serialized) => {
      self.#c = binding.update(self.#c[kHref], 'search', serialized);
    };
  }

  #update(setter, value) {
    value = toUSVString(value);
    let c = binding.update(this.#c[kHref], setter, value);
    // The url crate refuses special -> file; the URL Standard allows it without credentials
    // or port.
    if (setter === 'protocol' && c !== undefined && c[kHref] === this.#c[kHref]) {
      const scheme = value.split(':')[0].toLowerCase();
      const old = this.#c;
      if (scheme === 'file' && kSpecial.has(old[kProtocol]) && old[kUsername] === '' &&
          old[kPassword] === '' && old[kPort] === '' && old[kHostname] !== '') {
        c = binding.parse(`file:${old[kHref].slice(old[kProtocol].length)}`, undefined) ?? c;
      }
    }
    // A host-less non-special URL whose path starts with '//' serialises with a '/.' prefix
    // (URL Standard), which the url crate leaves out of the setter's result.
    if (setter === 'pathname' && c !== undefined && c[kHost] === '' &&
        c[kPathname].startsWith('//') && !kSpecial.has(c[kProtocol]) &&
        c[kProtocol] !== 'file:' && c[kHref].startsWith(`${c[kProtocol]}//`)) {
      c = binding.parse(`${c[kProtocol]}/.${c[kPathname]}${c[kSearch]}${c[kHash]}`, undefined) ?? c;
    }
    if (c !== undefined) this.#c = c;
  }

  // The URL's query changed: its searchParams (if made) take the new list.
  #syncParams() {
    if (this.#searchParams !== undefined) {
      paramsSetList(this.#searchParams, parseParams(this.#c[kSearch]));
    }
  }

  [customInspect](depth, opts) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {};
    obj.href = this.href;
    obj.origin = this.origin;
    obj.protocol = this.protocol;
    obj.username = this.username;
    obj.password = this.password;
    obj.host = this.host;
    obj.hostname = this.hostname;
    obj.port = this.port;
    obj.pathname = this.pathname;
    obj.search = this.search;
    obj.searchParams = this.searchParams;
    obj.hash = this.hash;
    const name = (this.constructor && this.constructor.name) || 'URL';
    return `${name} ${inspect(obj, opts)}`;
  }

  toString() { return urlComponents(this)[kHref]; }

  get href() { return urlComponents(this)[kHref]; }

  set href(value) {
    urlComponents(this);
    value = toUSVString(value);
    const c = binding.update(this.#c[kHref], 'href', value);
    if (c === undefined) throw invalidURL(value);
    this.#c = c;
    this.#syncParams();
  }

  get origin() { return urlComponents(this)[kOrigin]; }

  get protocol() { return urlComponents(this)[kProtocol]; }

  set protocol(value) { urlComponents(this); this.#update('protocol', value); }

  get username() { return urlComponents(this)[kUsername]; }

  set username(value) { urlComponents(this); this.#update('username', value); }

  get password() { return urlComponents(this)[kPassword]; }

  set password(value) { urlComponents(this); this.#update('password', value); }

  get host() { return urlComponents(this)[kHost]; }

  set host(value) { urlComponents(this); this.#update('host', value); }

  get hostname() { return urlComponents(this)[kHostname]; }

  set hostname(value) { urlComponents(this); this.#update('hostname', value); }

  get port() { return urlComponents(this)[kPort]; }

  set port(value) { urlComponents(this); this.#update('port', value); }

  get pathname() { return urlComponents(this)[kPathname]; }

  set pathname(value) { urlComponents(this); this.#update('pathname', value); }

  get search() { return urlComponents(this)[kSearch]; }

  set search(value) {
    urlComponents(this);
    this.#update('search', value);
    this.#syncParams();
  }

  get searchParams() {
    urlComponents(this);
    if (this.#searchParams === undefined) {
      this.#searchParams = new URLSearchParams(this.#c[kSearch]);
      paramsAttach(this.#searchParams, this);
    }
    return this.#searchParams;
  }

  get hash() { return urlComponents(this)[kHash]; }

  set hash(value) { urlComponents(this); this.#update('hash', value); }

  toJSON() { return urlComponents(this)[kHref]; }

  static parse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    try {
      return new URL(url, base);
    } catch {
      return null;
    }
  }

  static canParse(url, base = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    url = toUSVString(url);
    return binding.canParse(url, base === undefined ? undefined : toUSVString(base));
  }

  static createObjectURL(obj) {
    const Blob = globalThis.Blob;
    if (typeof Blob !== 'function' || !(obj instanceof Blob)) {
      throw new ERR_INVALID_ARG_TYPE('obj', 'Blob', obj);
    }
    const id = randomUUID();
    blobURLs.set(id, obj);
    return `blob:nodedata:${id}`;
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('url');
    const s = `${url}`;
    if (s.startsWith('blob:nodedata:')) blobURLs.delete(s.slice('blob:nodedata:'.length));
  }
}

// Node defines the accessors and methods as enumerable, and gives URL a toStringTag.
for (const key of ['toString', 'href', 'origin', 'protocol', 'username', 'password', 'host',
  'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash', 'toJSON']) {
  Object.defineProperty(URL.prototype, key, { enumerable: true });
}
Object.defineProperty(URL.prototype, Symbol.toStringTag, { value: 'URL', configurable: true });
for (const key of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  Object.defineProperty(URL, key, { enumerable: true });
}

const blobURLs = new Map();
function randomUUID() {
  const hex = [];
  for (let i = 0; i < 16; i++) hex.push(Math.floor(Math.random() * 256));
  hex[6] = (hex[6] & 0x0f) | 0x40;
  hex[8] = (hex[8] & 0x3f) | 0x80;
  const h = hex.map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

// application/x-www-form-urlencoded parsing into a flat [name, value, ...] list.
function parseParams(query) {
  if (query.length === 0) return [];
  if (query.charCodeAt(0) === 63 /* ? */) query = query.slice(1);
  return binding.parseParams(query);
}

class URLSearchParams {
  #list = [];
  #url = null;

  constructor(init = undefined) {
    if (init === undefined || init === null) {
      if (init === null) this.#list = parseParams('null');
    } else if (typeof init === 'object' || typeof init === 'function') {
      const method = init[Symbol.iterator];
      if (method === this[Symbol.iterator] && #list in init) {
        this.#list = init.#list.slice();
      } else if (method !== undefined && method !== null) {
        if (typeof method !== 'function') throw new ERR_ARG_NOT_ITERABLE('Query pairs');
        for (const pair of Reflect.apply(method, init, [])) {
          if (pair === null || (typeof pair !== 'object' && typeof pair !== 'function') ||
              typeof pair[Symbol.iterator] !== 'function') {
            throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          }
          const items = [...pair];
          if (items.length !== 2) throw new ERR_INVALID_TUPLE('Each query pair', '[name, value]');
          this.#list.push(toUSVString(items[0]), toUSVString(items[1]));
        }
      } else {
        // A record: own enumerable string keys.
        for (const key of Reflect.ownKeys(init)) {
          const desc = Reflect.getOwnPropertyDescriptor(init, key);
          if (desc === undefined || !desc.enumerable) continue;
          const name = toUSVString(key);
          const value = toUSVString(init[key]);
          // A repeated name (after USV conversion) keeps its first position, last value.
          const at = this.#indexOf(name);
          if (at === -1) this.#list.push(name, value);
          else this.#list[at + 1] = value;
        }
      }
    } else {
      this.#list = parseParams(toUSVString(init));
    }
  }

  static {
    paramsList = (self) => self.#list;
    paramsSetList = (self, list) => { self.#list = list; };
    paramsAttach = (self, url) => { self.#url = url; };
    isURLSearchParams = (self) => self !== null && typeof self === 'object' && #list in self;
  }

  #indexOf(name) {
    for (let i = 0; i < this.#list.length; i += 2) if (this.#list[i] === name) return i;
    return -1;
  }

  // The URL Standard's "update steps": the owning URL's query follows the list.
  #updated() {
    if (this.#url === null) return;
    urlSetSearchFromParams(this.#url, binding.serializeParams(this.#list));
  }

  [customInspect](recurseTimes, ctx) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (typeof recurseTimes === 'number' && recurseTimes < 0) {
      return ctx.stylize('[Object]', 'special');
    }
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const parts = [];
    for (let i = 0; i < this.#list.length; i += 2) {
      parts.push(`${inspect(this.#list[i], innerOpts)} => ${inspect(this.#list[i + 1], innerOpts)}`);
    }
    const name = (this.constructor && this.constructor.name) || 'URLSearchParams';
    if (parts.length === 0) return `${name} {}`;
    const width = parts.reduce((n, p) => n + visibleLength(p) + 2, -2);
    if (width > ctx.breakLength) return `${name} {\n  ${parts.join(',\n  ')} }`;
    return `${name} { ${parts.join(', ')} }`;
  }

  get size() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return this.#list.length / 2;
  }

  append(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    this.#list.push(toUSVString(name), toUSVString(value));
    this.#updated();
  }

  delete(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const list = this.#list;
    if (value !== undefined) {
      value = toUSVString(value);
      for (let i = 0; i < list.length;) {
        if (list[i] === name && list[i + 1] === value) list.splice(i, 2);
        else i += 2;
      }
    } else {
      for (let i = 0; i < list.length;) {
        if (list[i] === name) list.splice(i, 2);
        else i += 2;
      }
    }
    this.#updated();
  }

  get(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    const at = this.#indexOf(toUSVString(name));
    return at === -1 ? null : this.#list[at + 1];
  }

  getAll(name) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    const out = [];
    for (let i = 0; i < this.#list.length; i += 2) {
      if (this.#list[i] === name) out.push(this.#list[i + 1]);
    }
    return out;
  }

  has(name, value = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('name');
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < this.#list.length; i += 2) {
      if (this.#list[i] === name && (value === undefined || this.#list[i + 1] === value)) {
        return true;
      }
    }
    return false;
  }

  set(name, value) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('name', 'value');
    name = toUSVString(name);
    value = toUSVString(value);
    const list = this.#list;
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] === name) {
        if (!found) {
          list[i + 1] = value;
          found = true;
          i += 2;
        } else {
          list.splice(i, 2);
        }
      } else {
        i += 2;
      }
    }
    if (!found) list.push(name, value);
    this.#updated();
  }

  sort() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    // Stable sort of the pairs by name, comparing UTF-16 code units.
    const pairs = [];
    for (let i = 0; i < this.#list.length; i += 2) pairs.push([this.#list[i], this.#list[i + 1]]);
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    this.#list = pairs.flat();
    this.#updated();
  }

  entries() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    validateFunction(callback, 'callback');
    // Live: pairs appended during the walk are visited too.
    for (let i = 0; i < this.#list.length; i += 2) {
      Reflect.apply(callback, thisArg, [this.#list[i + 1], this.#list[i], this]);
    }
  }

  keys() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'key');
  }

  values() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return new URLSearchParamsIterator(this, 'value');
  }

  toString() {
    if (!isURLSearchParams(this)) throw new ERR_INVALID_THIS('URLSearchParams');
    return binding.serializeParams(this.#list);
  }
}

for (const key of ['size', 'append', 'delete', 'get', 'getAll', 'has', 'set', 'sort', 'entries',
  'forEach', 'keys', 'values', 'toString']) {
  Object.defineProperty(URLSearchParams.prototype, key, { enumerable: true });
}
Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});
Object.defineProperty(URLSearchParams.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams', configurable: true,
});

function visibleLength(s) {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\u001b\[\d\d?m/g, '').length;
}

const iteratorProto = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

// A live iterator over a URLSearchParams (Node's URLSearchParamsIterator).
class URLSearchParamsIterator {
  #target;
  #kind;
  #index = 0;

  constructor(target, kind) {
    this.#target = target;
    this.#kind = kind;
  }

  #item(list, i) {
    if (this.#kind === 'key') return list[i];
    if (this.#kind === 'value') return list[i + 1];
    return [list[i], list[i + 1]];
  }

  next() {
    if (this === null || typeof this !== 'object' || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const list = paramsList(this.#target);
    if (this.#index >= list.length) return { done: true, value: undefined };
    const value = this.#item(list, this.#index);
    this.#index += 2;
    return { done: false, value };
  }

  [customInspect](recurseTimes, ctx) {
    if (this === null || typeof this !== 'object' || !(#target in this)) {
      throw new ERR_INVALID_THIS('URLSearchParamsIterator');
    }
    const innerOpts = { ...ctx };
    if (recurseTimes !== null) innerOpts.depth = recurseTimes - 1;
    const list = paramsList(this.#target);
    const items = [];
    for (let i = this.#index; i < list.length; i += 2) items.push(this.#item(list, i));
    const multiline = inspect(items, innerOpts).includes('\n');
    const shown = items.map((v) => inspect(v, innerOpts));
    const body = multiline ? `\n  ${shown.join(',\n  ')}` : ` ${shown.join(', ')}`;
    return `URLSearchParams Iterator {${body} }`;
  }
}
Object.setPrototypeOf(URLSearchParamsIterator.prototype, iteratorProto);
Object.defineProperty(URLSearchParamsIterator.prototype, 'next', { enumerable: true });
Object.defineProperty(URLSearchParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});
Object.defineProperty(URLSearchParamsIterator.prototype, 'constructor', { enumerable: false });

// Node's isURL: a WHATWG URL, or an object shaped like one (but not a legacy Url).
function isURL(self) {
  return Boolean(self !== null && typeof self === 'object' && self.href && self.protocol &&
    self.auth === undefined && self.path === undefined);
}

function domainToASCII(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  domain = toUSVString(domain);
  const ascii = binding.domainToASCII(domain);
  if (ascii !== '' || domain === '') return ascii;
  // IP addresses: take the host a URL keeps for it (as Node, which sets the hostname of a
  // ws: URL).
  const c = binding.update('ws://x', 'hostname', domain);
  if (c === undefined || (c[kHostname] === 'x' && domain.toLowerCase() !== 'x')) return '';
  return c[kHostname];
}

function domainToUnicode(domain) {
  if (arguments.length < 1) throw new ERR_MISSING_ARGS('domain');
  return binding.domainToUnicode(toUSVString(domain));
}

function isWindowsOption(options) {
  const windows = options?.windows;
  return windows === undefined || windows === null ? process.platform === 'win32' : Boolean(windows);
}

function fileURLToPath(path, options = undefined) {
  const windows = isWindowsOption(options);
  if (typeof path === 'string') path = new URL(path);
  else if (!isURL(path)) throw new ERR_INVALID_ARG_TYPE('path', ['string', 'URL'], path);
  if (path.protocol !== 'file:') throw new ERR_INVALID_URL_SCHEME('file');
  return windows ? windowsPathFromURL(path) : posixPathFromURL(path);
}

function posixPathFromURL(url) {
  if (url.hostname !== '') throw new ERR_INVALID_FILE_URL_HOST(process.platform);
  const pathname = url.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' && (pathname.charCodeAt(i + 2) | 0x20) === 102) {
      throw new ERR_INVALID_FILE_URL_PATH('must not include encoded / characters');
    }
  }
  return decodeURIComponent(pathname);
}

function windowsPathFromURL(url) {
  const hostname = url.hostname;
  let pathname = url.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === '%') {
      const third = pathname.charCodeAt(i + 2) | 0x20;
      if ((pathname[i + 1] === '2' && third === 102) || (pathname[i + 1] === '5' && third === 99)) {
        throw new ERR_INVALID_FILE_URL_PATH('must not include encoded \\ or / characters');
      }
    }
  }
  pathname = decodeURIComponent(pathname.replaceAll('/', '\\'));
  if (hostname !== '') return `\\\\${domainToUnicode(hostname)}${pathname}`;
  const letter = pathname.codePointAt(1) | 0x20;
  if (letter < 97 || letter > 122 || pathname[2] !== ':') {
    throw new ERR_INVALID_FILE_URL_PATH('must be absolute');
  }
  return pathname.slice(1);
}

// Characters a file URL path keeps as they are (Node encodes everything else, `~` included).
const kPathSafe = /[A-Za-z0-9\-._/;!$&'()*+,=:@]/;

function encodePathChars(path) {
  let out = '';
  for (const ch of toUSVString(path)) {
    if (kPathSafe.test(ch)) out += ch;
    else if (ch === '~') out += '%7E';
    else out += encodeURIComponent(ch);
  }
  return out;
}

function pathToFileURL(filepath, options = undefined) {
  const windows = isWindowsOption(options);
  const path = require('path');
  if (typeof filepath !== 'string') throw new ERR_INVALID_ARG_TYPE('path', 'string', filepath);
  if (windows && filepath.startsWith('\\\\')) {
    // UNC path: \\server\share\rest -> file://server/share/rest
    const hostEnd = filepath.indexOf('\\', 2);
    if (hostEnd === -1) {
      throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Missing UNC resource path');
    }
    if (hostEnd === 2) throw new ERR_INVALID_ARG_VALUE('path', filepath, 'Empty UNC servername');
    const hostname = filepath.slice(2, hostEnd);
    const url = new URL('file://');
    url.hostname = hostname;
    url.pathname = encodePathChars(filepath.slice(hostEnd).replaceAll('\\', '/'));
    return url;
  }
  let resolved = windows ? path.win32.resolve(filepath) : path.posix.resolve(filepath);
  const sepCode = windows ? 92 : 47;
  const last = filepath.charCodeAt(filepath.length - 1);
  if ((last === 47 || (windows && last === 92)) &&
      resolved.charCodeAt(resolved.length - 1) !== sepCode) {
    resolved += '/';
  }
  if (windows) resolved = `/${resolved.replaceAll('\\', '/')}`;
  return new URL(`file://${encodePathChars(resolved)}`);
}

// The options object http.request takes, built from a URL (Node's urlToHttpOptions).
function urlToHttpOptions(url) {
  validateObject(url, 'url', { allowArray: true, allowFunction: true });
  const { hostname, pathname, port, username, password, search } = url;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: hostname && hostname[0] === '[' ? hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search,
    pathname,
    path: `${pathname || ''}${search || ''}`,
    href: url.href,
  };
  if (port !== '') options.port = Number(port);
  if (username || password) {
    options.auth = `${decodeURIComponent(username)}:${decodeURIComponent(password)}`;
  }
  return options;
}

// url.format(URL, options): the href without the parts the options turn off.
function formatURL(url, fragment, unicode, search, auth) {
  let c = binding.parse(url.href, undefined);
  if (c === undefined) return url.href;
  if (!fragment) c = binding.update(c[kHref], 'hash', '');
  if (!search) c = binding.update(c[kHref], 'search', '');
  if (!auth) {
    c = binding.update(c[kHref], 'username', '');
    c = binding.update(c[kHref], 'password', '');
  }
  let href = c[kHref];
  if (unicode && c[kHostname] !== '') {
    const uni = binding.domainToUnicode(c[kHostname]);
    if (uni !== '' && uni !== c[kHostname]) {
      const at = href.indexOf(c[kHostname], c[kProtocol].length);
      if (at !== -1) href = href.slice(0, at) + uni + href.slice(at + c[kHostname].length);
    }
  }
  return href;
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
  isURL,
  formatURL,
  toUSVString,
  encodePathChars,
};
