// PBKDF2 (sync and callback forms) against known values for each digest, with strings,
// Buffers and ArrayBuffers as password/salt, empty password and salt, and long keys spanning several blocks.
'use strict';
const crypto = require('crypto');

for (const d of ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'sha512-256']) {
  console.log(d, crypto.pbkdf2Sync('password', 'salt', 2, 20, d).toString('hex'));
}
console.log(crypto.pbkdf2Sync(Buffer.from('pw'), new Uint8Array([1, 2, 3]).buffer, 10, 100, 'sha256').toString('base64'));
console.log(crypto.pbkdf2Sync('', '', 1, 1, 'sha1'));
console.log(crypto.pbkdf2Sync('password', 'salt', 4096, 32, 'sha256').toString('hex'));
crypto.pbkdf2('password', 'salt', 1000, 64, 'sha512', function(err, key) {
  console.log('cb', err, key.length, key.toString('hex'));
  crypto.pbkdf2(new Uint8Array([112, 119]), 'salt', 1, 8, 'sha1', (err2, k2) => {
    console.log('cb2', err2, k2.toString('hex'));
  });
});
