// Synchronous crypto calls are sync CryptoJobs in Node 26: randomBytes, randomFillSync (not
// for size 0), getRandomValues and pbkdf2Sync each init a request resource; randomInt and
// randomUUID draw from entropy caches (one request per refill; disableEntropyCache draws
// anew); hashing creates none. (Their destroy timing follows Node's GC, so only inits are
// printed.)
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const crypto = require('crypto');

const w = (s) => fs.writeSync(1, `${s}\n`);
ah.createHook({
  init(id, type, trigger) {
    if (type === 'RANDOMBYTESREQUEST' || type === 'PBKDF2REQUEST') {
      w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`);
    }
  },
}).enable();

w('randomBytes'); crypto.randomBytes(4);
w('randomFillSync'); crypto.randomFillSync(Buffer.alloc(4));
w('randomFillSync 0'); crypto.randomFillSync(Buffer.alloc(4), 0, 0);
w('randomInt x3'); crypto.randomInt(5); crypto.randomInt(5); crypto.randomInt(5);
w('randomUUID x3'); crypto.randomUUID(); crypto.randomUUID(); crypto.randomUUID();
w('randomUUID no cache'); crypto.randomUUID({ disableEntropyCache: true });
w('getRandomValues'); crypto.getRandomValues(new Uint8Array(4));
w('pbkdf2Sync'); crypto.pbkdf2Sync('a', 'b', 1, 4, 'sha1');
w('hash'); crypto.createHash('sha1').update('x').digest(); crypto.hash('sha1', 'x');
w('hmac'); crypto.createHmac('sha1', 'k').update('x').digest();
w('done');
