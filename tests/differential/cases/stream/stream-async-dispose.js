// Symbol.asyncDispose on Readable and Writable: destroys an unfinished stream
// with an AbortError, resolves with undefined once it has closed.
'use strict';
const { Readable, Writable } = require('stream');
(async () => {
  const r = new Readable({ read() {} });
  r.on('error', (e) => console.log('r error', e.name));
  console.log(await r[Symbol.asyncDispose](), r.destroyed, typeof Readable.prototype[Symbol.asyncDispose]);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => console.log('w error', e.name));
  console.log(await w[Symbol.asyncDispose](), w.destroyed);
  const done = Readable.from(['a']); for await (const x of done); console.log(await done[Symbol.asyncDispose]());
})();
