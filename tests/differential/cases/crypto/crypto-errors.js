// node:crypto error shapes for hashing, HMAC, PBKDF2, random numbers and timingSafeEqual
// (class, code, message, own keys) as Node 26 reports them.
'use strict';
const crypto = require('crypto');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e));
  }
}

show('unknown hash', () => crypto.createHash('foo'));
show('hash number alg', () => crypto.createHash(1));
show('unknown hmac', () => crypto.createHmac('foo', 'k'));
show('hmac bad key', () => crypto.createHmac('sha1', 1));
show('hmac bad alg', () => crypto.createHmac(1, 'k'));
show('digest twice', () => { const h = crypto.createHash('md5'); h.digest(); h.digest(); });
show('update after digest', () => { const h = crypto.createHash('md5'); h.digest(); h.update('x'); });
show('copy after digest', () => { const h = crypto.createHash('md5'); h.digest(); h.copy(); });
show('hmac update after digest', () => { const h = crypto.createHmac('md5', 'k'); h.digest(); h.update('x'); });
show('update number', () => crypto.createHash('md5').update(1));
show('update object', () => crypto.createHmac('md5', 'k').update({}));
show('hash unknown', () => crypto.hash('foo', 'x'));
show('hash bad input', () => crypto.hash('sha1', 1));
show('timing length', () => crypto.timingSafeEqual(Buffer.from('a'), Buffer.from('ab')));
show('timing strings', () => crypto.timingSafeEqual('a', 'b'));
show('pbkdf2 digest', () => crypto.pbkdf2Sync('a', 'b', 1, 8, 'foo'));
show('pbkdf2 no digest', () => crypto.pbkdf2Sync('a', 'b', 1, 8));
show('pbkdf2 iterations', () => crypto.pbkdf2Sync('a', 'b', 0, 8, 'sha1'));
show('pbkdf2 keylen', () => crypto.pbkdf2Sync('a', 'b', 1, -1, 'sha1'));
show('pbkdf2 keylen float', () => crypto.pbkdf2Sync('a', 'b', 1, 1.5, 'sha1'));
show('pbkdf2 password', () => crypto.pbkdf2Sync(1, 'b', 1, 8, 'sha1'));
show('pbkdf2 no cb', () => crypto.pbkdf2('a', 'b', 1, 8, 'sha1'));
show('randomBytes -1', () => crypto.randomBytes(-1));
show('randomBytes str', () => crypto.randomBytes('1'));
show('randomBytes huge', () => crypto.randomBytes(2 ** 31));
show('randomBytes bad cb', () => crypto.randomBytes(1, 'x'));
show('randomInt order', () => crypto.randomInt(10, 5));
show('randomInt float', () => crypto.randomInt(1.5));
show('randomInt min float', () => crypto.randomInt(1.5, 3));
show('randomInt range', () => crypto.randomInt(0, 2 ** 48 + 1));
show('randomInt max range', () => crypto.randomInt(2 ** 48 + 1));
show('randomFill offset', () => crypto.randomFillSync(Buffer.alloc(4), 5));
show('randomFill size', () => crypto.randomFillSync(Buffer.alloc(4), 1, 4));
show('randomFill target', () => crypto.randomFillSync('abc'));
show('randomFill no cb', () => crypto.randomFill(Buffer.alloc(4)));
show('uuid options', () => crypto.randomUUID(1));
for (const [label, arg] of [['float', new Float32Array(2)], ['big', new Uint8Array(65537)],
  ['dataview', new DataView(new ArrayBuffer(2))]]) {
  try {
    crypto.getRandomValues(arg);
    console.log('grv', label, 'ok');
  } catch (e) {
    console.log('grv', label, e.name, e.code, e.message, e instanceof DOMException);
  }
}
