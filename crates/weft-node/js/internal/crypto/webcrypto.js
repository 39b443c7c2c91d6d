'use strict';

// The Web Crypto object (Node 26's lib/internal/crypto/webcrypto.js, `globalThis.crypto`):
// crypto.getRandomValues, crypto.randomUUID and crypto.subtle. SubtleCrypto here implements
// only digest() (SHA-1/256/384/512); every other method rejects with NotSupportedError.

const { Buffer } = require('buffer');
const { codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_THIS } } = require('internal/errors');
const random = require('internal/crypto/random');
const { hash } = require('internal/crypto/hash');

const kDigests = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };

function notSupported() {
  return Promise.reject(new DOMException('The operation is not supported', 'NotSupportedError'));
}

class SubtleCrypto {
  digest(algorithm, data) {
    const name = typeof algorithm === 'string' ? algorithm : algorithm?.name;
    const alg = typeof name === 'string' ? kDigests[name.toUpperCase()] : undefined;
    if (alg === undefined) {
      return Promise.reject(new DOMException('Unrecognized algorithm name', 'NotSupportedError'));
    }
    let bytes;
    if (ArrayBuffer.isView(data)) {
      bytes = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    } else if (data instanceof ArrayBuffer) {
      bytes = Buffer.from(data);
    } else {
      return Promise.reject(new ERR_INVALID_ARG_TYPE(
        'data', ['ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], data));
    }
    const out = hash(alg, bytes, 'buffer');
    return Promise.resolve(out.buffer.slice(out.byteOffset, out.byteOffset + out.length));
  }
}
for (const m of ['encrypt', 'decrypt', 'sign', 'verify', 'generateKey', 'deriveKey',
  'deriveBits', 'importKey', 'exportKey', 'wrapKey', 'unwrapKey']) {
  Object.defineProperty(SubtleCrypto.prototype, m, {
    value: { [m]() { return notSupported(); } }[m], writable: true, configurable: true,
  });
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', configurable: true,
});

const subtle = new SubtleCrypto();

class Crypto {
  get subtle() { return subtle; }

  getRandomValues(array) {
    if (!(this instanceof Crypto)) {
      throw new ERR_INVALID_THIS('Crypto');
    }
    return random.getRandomValues(array);
  }

  randomUUID() {
    if (!(this instanceof Crypto)) {
      throw new ERR_INVALID_THIS('Crypto');
    }
    return random.randomUUID();
  }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

const crypto = new Crypto();

module.exports = { crypto, Crypto, SubtleCrypto };
