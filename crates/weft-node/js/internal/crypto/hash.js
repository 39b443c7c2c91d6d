'use strict';

// Node 26's Hash / Hmac (lib/internal/crypto/hash.js shape), crypto.hash() and PBKDF2 over
// internalBinding('crypto'). Hash and Hmac are Transform streams (write/end/read give the
// digest), as Node's LazyTransform-based classes are. pbkdf2's callback form is a
// PBKDF2REQUEST async resource computed on the thread pool.

const { Buffer } = require('buffer');
const { Transform } = require('stream');
const {
  codes: {
    ERR_CRYPTO_HASH_FINALIZED,
    ERR_CRYPTO_INVALID_DIGEST,
    ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH,
    ERR_INVALID_ARG_TYPE,
  },
} = require('internal/errors');
const { validateString, validateFunction, validateInt32, validateObject } =
  require('internal/validators');

const binding = internalBinding('crypto');

const kId = Symbol('kId');
// Frees the native state of a Hash/Hmac that is collected without digest().
const stateRegistry = typeof FinalizationRegistry === 'function' ?
  new FinalizationRegistry((id) => binding.free(id)) : null;
const kFinalized = Symbol('kFinalized');

function toBytes(data, encoding, name) {
  if (typeof data === 'string') return Buffer.from(data, encoding || 'utf8');
  if (!ArrayBuffer.isView(data)) {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  return data;
}

function u8(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function encodeOutput(ab, outputEncoding) {
  const buf = Buffer.from(ab);
  if (outputEncoding && outputEncoding !== 'buffer' && Buffer.isEncoding(outputEncoding)) {
    return buf.toString(outputEncoding);
  }
  return buf;
}

// copy() passes the source state's id as a third argument.
class Hash extends Transform {
  constructor(algorithm, options, sourceId) {
    const fromId = typeof sourceId === 'number';
    if (!fromId) validateString(algorithm, 'algorithm');
    if (options !== undefined && options !== null && typeof options === 'object' &&
        options.outputLength !== undefined) {
      validateInt32(options.outputLength, 'options.outputLength', 0);
    }
    const id = fromId ? binding.copy(sourceId) : binding.hashNew(algorithm);
    if (id < 0) throw new Error('Digest method not supported');
    if (!fromId && options?.outputLength !== undefined &&
        options.outputLength !== binding.digestSize(algorithm)) {
      binding.free(id);
      const err = new Error('error:030000B2:digital envelope routines::not XOF or invalid length');
      err.library = 'digital envelope routines';
      err.reason = 'not XOF or invalid length';
      err.code = 'ERR_OSSL_EVP_NOT_XOF_OR_INVALID_LENGTH';
      throw err;
    }
    super(options);
    this[kId] = id;
    this[kFinalized] = false;
    stateRegistry?.register(this, id);
  }

  copy(options) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    return new Hash(undefined, options, this[kId]);
  }

  update(data, encoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    binding.update(this[kId], u8(toBytes(data, encoding, 'data')));
    return this;
  }

  digest(outputEncoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    this[kFinalized] = true;
    return encodeOutput(binding.digest(this[kId]), outputEncoding);
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

class Hmac extends Transform {
  constructor(hmac, key, options) {
    validateString(hmac, 'hmac');
    if (typeof key === 'string') {
      key = Buffer.from(key, options?.encoding || 'utf8');
    } else if (key instanceof ArrayBuffer) {
      key = new Uint8Array(key);
    } else if (key && typeof key === 'object' && key.type === 'secret' &&
               typeof key.export === 'function') {
      key = key.export();
    } else if (!ArrayBuffer.isView(key)) {
      throw new ERR_INVALID_ARG_TYPE(
        'key', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView', 'string', 'KeyObject',
                'CryptoKey'], key);
    }
    const id = binding.hmacNew(hmac, u8(key));
    if (id < 0) throw new ERR_CRYPTO_INVALID_DIGEST(hmac);
    super(options);
    this[kId] = id;
    this[kFinalized] = false;
    stateRegistry?.register(this, id);
  }

  update(data, encoding) {
    if (this[kFinalized]) throw new ERR_CRYPTO_HASH_FINALIZED();
    binding.update(this[kId], u8(toBytes(data, encoding, 'data')));
    return this;
  }

  // A second digest() gives an empty result, as Node's Hmac does.
  digest(outputEncoding) {
    if (this[kFinalized]) return encodeOutput(new ArrayBuffer(0), outputEncoding);
    this[kFinalized] = true;
    return encodeOutput(binding.digest(this[kId]), outputEncoding);
  }

  _transform(chunk, encoding, callback) {
    this.update(chunk, encoding);
    callback();
  }

  _flush(callback) {
    this.push(this.digest());
    callback();
  }
}

// crypto.hash(algorithm, data[, outputEncoding = 'hex']): one-shot digest.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
    throw new ERR_INVALID_ARG_TYPE('input', ['Buffer', 'TypedArray', 'DataView', 'string'], input);
  }
  if (outputEncoding !== 'buffer') validateString(outputEncoding, 'outputEncoding');
  const id = binding.hashNew(algorithm);
  if (id < 0) throw new Error(`Digest method ${algorithm} is not supported`);
  binding.update(id, u8(toBytes(input, 'utf8', 'input')));
  return encodeOutput(binding.digest(id), outputEncoding);
}

function arrayBufferOrView(value, name) {
  if (typeof value === 'string') return Buffer.from(value, 'utf8');
  if (ArrayBuffer.isView(value)) return value;
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  throw new ERR_INVALID_ARG_TYPE(name, ['string', 'ArrayBuffer', 'Buffer', 'TypedArray',
                                        'DataView'], value);
}

function checkPbkdf2(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  password = arrayBufferOrView(password, 'password');
  salt = arrayBufferOrView(salt, 'salt');
  validateInt32(iterations, 'iterations', 1);
  validateInt32(keylen, 'keylen', 0);
  if (binding.digestSize(digest) < 0) throw new ERR_CRYPTO_INVALID_DIGEST(digest);
  return { password: u8(password), salt: u8(salt) };
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const c = checkPbkdf2(password, salt, iterations, keylen, digest);
  // A sync CryptoJob in Node: a PBKDF2REQUEST resource that is never entered.
  const { initWrap, destroyWrap } = internalBinding('stream_wrap');
  destroyWrap(initWrap(new PBKDF2Request(), 'PBKDF2REQUEST'));
  return Buffer.from(binding.pbkdf2Sync(c.password, c.salt, iterations, keylen, digest));
}

class PBKDF2Request {}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const c = checkPbkdf2(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  const req = new PBKDF2Request();
  req.oncomplete = function(ab) {
    callback.call(req, null, Buffer.from(ab));
  };
  binding.pbkdf2Job(req, c.password, c.salt, iterations, keylen, digest);
}

function timingSafeEqual(buf1, buf2) {
  for (const [name, v] of [['buf1', buf1], ['buf2', buf2]]) {
    if (!ArrayBuffer.isView(v) && !(v instanceof ArrayBuffer)) {
      const err = new ERR_INVALID_ARG_TYPE(name, 'ArrayBuffer', v);
      err.message = `The "${name}" argument must be an instance of ArrayBuffer, Buffer, ` +
        'TypedArray, or DataView.';
      throw err;
    }
  }
  const a = ArrayBuffer.isView(buf1) ? u8(buf1) : new Uint8Array(buf1);
  const b = ArrayBuffer.isView(buf2) ? u8(buf2) : new Uint8Array(buf2);
  if (a.byteLength !== b.byteLength) throw new ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH();
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function getHashes() {
  return [
    'RSA-MD5', 'RSA-SHA1', 'RSA-SHA224', 'RSA-SHA256', 'RSA-SHA384', 'RSA-SHA512',
    'RSA-SHA512/224', 'RSA-SHA512/256', 'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512',
    'sha512-224', 'sha512-256',
  ];
}

module.exports = {
  Hash, Hmac, hash, pbkdf2, pbkdf2Sync, timingSafeEqual, getHashes, validateObject,
};
