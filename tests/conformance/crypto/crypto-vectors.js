// crypto: published test vectors — FIPS 180 SHA digests of "abc", RFC 1321 MD5, RFC 4231 HMAC
// test case 2, RFC 6070 PBKDF2-HMAC-SHA1 — in sync and callback forms; the callback forms run
// inside RANDOMBYTESREQUEST / PBKDF2REQUEST resources that are destroyed afterwards (the sync
// forms create such resources too, as Node's sync crypto jobs do; their destroy timing is
// Node's GC's, so it is not checked).
'use strict';
const { check, equal, throws, mustCall, trace } = require('../common.js');
const crypto = require('crypto');
const { executionAsyncId } = require('async_hooks');

const t = trace({ types: ['RANDOMBYTESREQUEST', 'PBKDF2REQUEST'] });

equal('md5 abc', crypto.createHash('md5').update('abc').digest('hex'),
      '900150983cd24fb0d6963f7d28e17f72');
equal('sha1 abc', crypto.hash('sha1', 'abc'), 'a9993e364706816aba3e25717850c26c9cd0d89d');
equal('sha256 abc', crypto.createHash('sha256').update('abc').digest('hex'),
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
equal('sha512 abc', crypto.createHash('sha512').update('abc').digest('hex'),
      'ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a' +
      '2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f');
equal('hmac-sha256 rfc4231 #2',
      crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
equal('pbkdf2 rfc6070 c=1', crypto.pbkdf2Sync('password', 'salt', 1, 20, 'sha1').toString('hex'),
      '0c60c80f961f0e71f3a9b524af6012062fe037a6');
equal('pbkdf2 rfc6070 c=4096',
      crypto.pbkdf2Sync('password', 'salt', 4096, 20, 'sha1').toString('hex'),
      '4b007901b765489abead49d926f721d065a429c1');
throws('finalized', () => { const h = crypto.createHash('sha1'); h.digest(); h.digest(); },
       { code: 'ERR_CRYPTO_HASH_FINALIZED', message: 'Digest already called' });
throws('timingSafeEqual lengths', () => crypto.timingSafeEqual(Buffer.alloc(1), Buffer.alloc(2)),
       { code: 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH' });
check('timingSafeEqual', crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ab')) &&
      !crypto.timingSafeEqual(Buffer.from('ab'), Buffer.from('ac')));

crypto.pbkdf2('password', 'salt', 2, 20, 'sha1', mustCall('pbkdf2 callback', (err, key) => {
  equal('pbkdf2 rfc6070 c=2 async', key.toString('hex'), 'ea6c014dc72d6f8ccd1ed92ace1d41f0d8de8957');
  const inits = t.ofType('PBKDF2REQUEST').filter((e) => e.event === 'init');
  equal('pbkdf2 requests (two sync, one async)', inits.length, 3);
  check('pbkdf2 callback inside its request', inits[2].id === executionAsyncId());
  const pbId = executionAsyncId();
  crypto.randomBytes(32, mustCall('randomBytes callback', (err2, buf) => {
    check('randomBytes length', err2 === null && buf.length === 32);
    const rb = t.ofType('RANDOMBYTESREQUEST').find((e) => e.event === 'init');
    check('randomBytes callback inside its request', rb && rb.id === executionAsyncId());
    const rbId = executionAsyncId();
    setTimeout(mustCall('destroys', () => {
      const destroyed = new Set(t.events.filter((e) => e.event === 'destroy').map((e) => e.id));
      check('both async requests destroyed', destroyed.has(pbId) && destroyed.has(rbId));
    }), 10);
  }));
}));
