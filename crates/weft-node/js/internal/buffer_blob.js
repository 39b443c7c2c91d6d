// Blob and File of node:buffer (mirrors Node's lib/internal/blob.js and lib/internal/file.js,
// without streams or object URLs): the parts are copied at construction; size, type,
// slice(start, end, type), text(), arrayBuffer(), bytes().
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS, ERR_MISSING_ARGS },
} = require('internal/errors');
const types = require('internal/buffer_types');

const kBytes = Symbol('kBytes');
const kType = Symbol('kType');
let lazyInspect;

function partBytes(part) {
  if (types.isAnyArrayBuffer(part)) return new Uint8Array(part.slice(0));
  if (types.isArrayBufferView(part)) {
    return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
  }
  if (part instanceof Blob) return part[kBytes];
  return new Uint8Array(require('buffer').Buffer.from(`${part}`));
}

function concatBytes(list) {
  let total = 0;
  for (const b of list) total += b.length;
  const out = new Uint8Array(total);
  let pos = 0;
  for (const b of list) {
    out.set(b, pos);
    pos += b.length;
  }
  return out;
}

function normalizeType(type) {
  type = `${type}`;
  // A type with characters outside U+0020..U+007E is dropped, as the File API says.
  return /^[\x20-\x7e]*$/.test(type) ? type.toLowerCase() : '';
}

class Blob {
  constructor(sources = [], options) {
    if (sources === null || typeof sources[Symbol.iterator] !== 'function' ||
        typeof sources === 'string') {
      const err = new TypeError('Value cannot be converted to sequence.');
      err.code = 'ERR_INVALID_ARG_TYPE';
      throw err;
    }
    if (options !== undefined && options !== null && typeof options !== 'object' &&
        typeof options !== 'function') {
      throw new ERR_INVALID_ARG_TYPE('options', 'a dictionary', options);
    }
    const parts = [];
    for (const part of sources) parts.push(partBytes(part));
    this[kBytes] = concatBytes(parts);
    const type = options?.type;
    this[kType] = type === undefined ? '' : normalizeType(type);
  }

  get size() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return this[kBytes].length;
  }

  get type() {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    return this[kType];
  }

  slice(start = 0, end = this.size, contentType = '') {
    if (!(this instanceof Blob)) throw new ERR_INVALID_THIS('Blob');
    const size = this.size;
    const rel = (v) => {
      v = Math.trunc(+v) || 0;
      return v < 0 ? Math.max(size + v, 0) : Math.min(v, size);
    };
    const s = rel(start);
    const e = rel(end);
    const b = new Blob([], { type: contentType });
    b[kBytes] = this[kBytes].slice(s, Math.max(s, e));
    return b;
  }

  text() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(new TextDecoder().decode(this[kBytes]));
  }

  arrayBuffer() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    const b = this[kBytes];
    return Promise.resolve(b.buffer.slice(b.byteOffset, b.byteOffset + b.length));
  }

  bytes() {
    if (!(this instanceof Blob)) return Promise.reject(new ERR_INVALID_THIS('Blob'));
    return Promise.resolve(this[kBytes].slice());
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options) {
    if (depth < 0) return this;
    lazyInspect ??= require('internal/util/inspect').inspect;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    const shown = { size: this.size, type: this.type };
    if (this instanceof File) {
      shown.name = this.name;
      shown.lastModified = this.lastModified;
    }
    return `${this.constructor.name} ${lazyInspect(shown, opts)}`;
  }
}

Object.defineProperty(Blob.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'Blob', configurable: true,
});
for (const name of ['size', 'type', 'slice', 'text', 'arrayBuffer', 'bytes']) {
  Object.defineProperty(Blob.prototype, name, { enumerable: true });
}

class File extends Blob {
  constructor(fileBits, fileName, options = {}) {
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('fileBits', 'fileName');
    super(fileBits, options);
    this.name = `${fileName}`;
    const lm = options?.lastModified;
    this.lastModified = lm === undefined ? Date.now() : Number(lm);
    Object.defineProperty(this, 'name', { enumerable: false });
    Object.defineProperty(this, 'lastModified', { enumerable: false });
  }
}

Object.defineProperty(File.prototype, Symbol.toStringTag, {
  __proto__: null, value: 'File', configurable: true,
});

// structuredClone's copy: same bytes, type (and name/lastModified for a File).
function cloneBlob(blob) {
  const out = blob instanceof File ?
    new File([], blob.name, { lastModified: blob.lastModified }) : new Blob();
  out[kBytes] = blob[kBytes];
  out[kType] = blob[kType];
  return out;
}

function resolveObjectURL() {
  return undefined;
}

module.exports = { Blob, File, resolveObjectURL, cloneBlob };
