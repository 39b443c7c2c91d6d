// node:fs — the synchronous subset weft has so far (writeSync, readFileSync, writeFileSync,
// appendFileSync, existsSync, statSync basics), enough for hook callbacks to log synchronously.
// Errors carry Node's `code`, `errno`, `syscall` and `path`.
'use strict';

const binding = internalBinding('fs');
const { codes } = require('internal/errors');
const { validateInteger } = require('internal/validators');

function encodingOf(options) {
  if (typeof options === 'string') return options;
  if (options !== null && typeof options === 'object') return options.encoding;
  return undefined;
}

function flagOf(options, dflt) {
  if (options !== null && typeof options === 'object' && options.flag !== undefined) return options.flag;
  return dflt;
}

function toBytes(data, encoding) {
  if (typeof data === 'string') return data;
  if (data instanceof Uint8Array) return data;
  if (ArrayBuffer.isView(data)) return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  throw new codes.ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
}

function pathOf(path, name = 'path') {
  if (typeof path === 'string') return path;
  if (path instanceof URL) {
    return require('url').fileURLToPath(path);
  }
  if (path instanceof Uint8Array) return new TextDecoder().decode(path);
  throw new codes.ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], path);
}

function writeSync(fd, buffer, offsetOrOptions, length, position) {
  validateInteger(fd, 'fd', 0);
  if (typeof buffer === 'string') {
    return binding.writeString(fd, buffer);
  }
  if (!ArrayBuffer.isView(buffer)) {
    throw new codes.ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
  }
  let offset = 0;
  if (offsetOrOptions !== null && typeof offsetOrOptions === 'object') {
    ({ offset = 0, length = buffer.byteLength - offset } = offsetOrOptions);
  } else if (offsetOrOptions !== undefined) {
    offset = offsetOrOptions;
  }
  if (length === undefined) length = buffer.byteLength - offset;
  const bytes = new Uint8Array(buffer.buffer, buffer.byteOffset + offset, length);
  return binding.writeBytes(fd, bytes);
}

function readFileSync(path, options) {
  const encoding = encodingOf(options);
  if (typeof path === 'number') {
    const bytes = binding.readFd(path);
    return decode(bytes, encoding);
  }
  const p = pathOf(path);
  if (encoding === 'utf8' || encoding === 'utf-8') return binding.readFileUtf8(p);
  return decode(binding.readFileBytes(p), encoding);
}

function decode(bytes, encoding) {
  if (encoding === undefined || encoding === null || encoding === 'buffer') {
    return typeof Buffer === 'function' ? Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) : bytes;
  }
  if (encoding === 'utf8' || encoding === 'utf-8') return new TextDecoder().decode(bytes);
  if (typeof Buffer === 'function') return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString(encoding);
  if (encoding === 'latin1' || encoding === 'binary') return String.fromCharCode(...bytes);
  throw new codes.ERR_UNKNOWN_ENCODING(encoding);
}

function writeFileSync(path, data, options) {
  const flag = flagOf(options, 'w');
  if (typeof path === 'number') {
    return void writeSync(path, typeof data === 'string' ? data : toBytes(data));
  }
  binding.writeFile(pathOf(path), toBytes(data), flag);
}

function appendFileSync(path, data, options) {
  const flag = flagOf(options, 'a');
  if (typeof path === 'number') return void writeSync(path, toBytes(data));
  binding.writeFile(pathOf(path), toBytes(data), flag);
}

function existsSync(path) {
  try {
    return binding.exists(pathOf(path));
  } catch {
    return false;
  }
}

module.exports = {
  writeSync,
  readFileSync,
  writeFileSync,
  appendFileSync,
  existsSync,
  constants: { F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1 },
};
