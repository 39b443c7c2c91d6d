// Random API behaviour that is deterministic: sizes, ranges, UUID v4 format, fills of typed
// arrays with offsets, return values, callback argument shapes, webcrypto and the global
// crypto object's surface.
'use strict';
const crypto = require('crypto');

console.log(crypto.randomBytes(0).length, crypto.randomBytes(16).length,
            Buffer.isBuffer(crypto.randomBytes(3)));
const u32 = new Uint32Array(4);
console.log(crypto.randomFillSync(u32) === u32, crypto.randomFillSync(Buffer.alloc(8), 2, 3).length);
const z = Buffer.alloc(8);
crypto.randomFillSync(z, 8);
console.log('offset at end untouched', z.toString('hex'));
const part = Buffer.alloc(16);
crypto.randomFillSync(part, 4, 4);
console.log('outside range zero', part.subarray(0, 4).toString('hex'), part.subarray(8).toString('hex'));
const ab = new ArrayBuffer(8);
console.log(crypto.randomFillSync(ab) === ab);
let okInt = true;
for (let i = 0; i < 2000; i++) {
  const n = crypto.randomInt(-3, 4);
  if (!Number.isInteger(n) || n < -3 || n >= 4) okInt = false;
}
console.log('randomInt range ok', okInt, crypto.randomInt(1), crypto.randomInt(5, 6));
const re = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const uuids = new Set();
for (let i = 0; i < 100; i++) uuids.add(crypto.randomUUID());
console.log('uuid', [...uuids].every((u) => re.test(u)), uuids.size, re.test(globalThis.crypto.randomUUID()));
console.log(crypto.getRandomValues(new Uint8Array(4)).length, crypto.getRandomValues(new BigInt64Array(2)).length);
console.log(typeof globalThis.crypto, Object.prototype.toString.call(globalThis.crypto),
            crypto.webcrypto === globalThis.crypto, typeof crypto.subtle.digest);
const arr = new Int16Array(3);
console.log(globalThis.crypto.getRandomValues(arr) === arr);
try {
  globalThis.crypto.getRandomValues.call({}, new Uint8Array(2));
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(Object.keys(crypto.constants).length, crypto.constants.RSA_PKCS1_PADDING,
            crypto.constants.TLS1_3_VERSION);

crypto.randomBytes(12, function(err, buf) {
  console.log('randomBytes cb', err, buf.length, Buffer.isBuffer(buf));
  crypto.randomFill(new Uint8Array(10), 2, 5, (err2, filled) => {
    console.log('randomFill cb', err2, filled.length, filled[0], filled[1], filled[7], filled[9]);
    crypto.randomFill(Buffer.alloc(4), (err3, b3) => {
      console.log('randomFill short', err3, b3.length);
      crypto.randomInt(10, (err4, n) => {
        console.log('randomInt cb', err4, n >= 0 && n < 10);
        crypto.subtle.digest('SHA-256', Buffer.from('abc')).then((d) => {
          console.log('subtle digest', Buffer.from(d).toString('hex'), d instanceof ArrayBuffer);
        });
      });
    });
  });
});
