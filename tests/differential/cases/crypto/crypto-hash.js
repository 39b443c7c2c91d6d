// createHash / hash / createHmac digests for every supported algorithm and Node's names,
// update() with string encodings and binary views, digest() output encodings, copy(), the
// Hash/Hmac stream interface, and the finalized-state rules (Hash throws, Hmac returns empty).
'use strict';
const crypto = require('crypto');

const algs = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256', 'RSA-SHA1',
  'sha512-256', 'sha512-224'];
for (const a of algs) {
  const h = crypto.createHash(a).update('abc').update(Buffer.from('def')).update(new Uint16Array([0x4142]));
  console.log(a, h.digest('hex'));
  console.log(a, 'one-shot', crypto.hash(a, 'abcdef'), crypto.hash(a, Buffer.from('x'), 'base64'));
  console.log(a, 'hmac', crypto.createHmac(a, 'key').update('data').digest('base64'),
              crypto.createHmac(a, 'k'.repeat(200)).update('data').digest('hex'));
}
const empty = crypto.createHash('sha256').digest();
console.log('empty', empty, empty.length);
const enc = ['hex', 'base64', 'base64url', 'latin1', 'binary', 'buffer', 'utf16le', 'ucs2'];
for (const e of enc) {
  const d = crypto.createHash('md5').update('héllo wörld').digest(e);
  console.log(e, typeof d, Buffer.isBuffer(d) ? d.toString('hex') : JSON.stringify(d));
}
for (const e of ['utf8', 'latin1', 'hex', 'base64', 'utf16le', 'ascii']) {
  console.log('update', e, crypto.createHash('sha1').update('aGVsbG8=', e).digest('hex'));
}
console.log(crypto.createHash('sha1').update(new DataView(new Uint8Array([1, 2, 3]).buffer)).digest('hex'));
console.log(crypto.hash('sha1', 'abc', 'buffer'));

const h1 = crypto.createHash('sha256').update('a');
const h2 = h1.copy();
h2.update('b');
console.log('copy', h1.digest('hex'), h2.digest('hex'));
const hm = crypto.createHmac('sha1', Buffer.from('secret'));
hm.update('x');
console.log('hmac twice', hm.digest('hex'), JSON.stringify(hm.digest('hex')), hm.digest());

const hs = crypto.createHash('sha1');
hs.write('ab');
hs.end('c');
console.log('hash stream', hs.read().toString('hex'));
const hms = crypto.createHmac('sha256', 'k');
hms.on('readable', () => {
  const d = hms.read();
  if (d) console.log('hmac stream', d.toString('hex'));
});
hms.end('payload');

console.log(crypto.createHash('sha256') instanceof crypto.Hash,
            crypto.createHmac('sha256', 'k') instanceof crypto.Hmac,
            typeof crypto.createHash('md5').pipe);
console.log(crypto.getHashes().includes('sha256'), crypto.getHashes().includes('md5'));
console.log(crypto.createHash('sha256', { outputLength: 32 }).update('x').digest('hex'));
console.log(crypto.createHmac('sha256', new Uint8Array([1, 2]).buffer).update('x').digest('hex'));
console.log(crypto.createHmac('md5', '').update('').digest('hex'));
