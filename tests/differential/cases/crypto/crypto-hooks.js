// RANDOMBYTESREQUEST and PBKDF2REQUEST as Node 26 traces them: created by the call (trigger =
// the caller), the callback runs inside the request (eid = its id), destroy right after.
// Also randomFill (a RANDOMBYTESREQUEST) and nested calls from inside a callback.
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const crypto = require('crypto');

const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Set(['RANDOMBYTESREQUEST', 'PBKDF2REQUEST']);
const ours = new Set();
ah.createHook({
  init(id, type, trigger) {
    if (!types.has(type)) return;
    ours.add(id);
    w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`);
  },
  before(id) { if (ours.has(id)) w(`before id=${id}`); },
  after(id) { if (ours.has(id)) w(`after id=${id}`); },
  destroy(id) { if (ours.has(id)) w(`destroy id=${id}`); },
}).enable();

crypto.randomBytes(8, (err, buf) => {
  w(`randomBytes cb len=${buf.length} eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`);
  crypto.pbkdf2('a', 'b', 1, 8, 'sha1', (err2, key) => {
    w(`pbkdf2 cb ${key.toString('hex')} eid=${ah.executionAsyncId()}`);
    crypto.randomFill(Buffer.alloc(4), (err3) => {
      w(`randomFill cb err=${err3} eid=${ah.executionAsyncId()}`);
    });
  });
});
