// StringDecoder on fixed-seed random chunks of valid and invalid bytes for every encoding:
// each write's text and lastNeed/lastTotal/lastChar, then end() with or without a last chunk.
'use strict';
const { StringDecoder } = require('string_decoder');
let seed = 777;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const pool = [0x41, 0x80, 0xbf, 0xc2, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xed, 0xa0, 0xf0, 0x9f, 0x98, 0xf4, 0x90, 0xff, 0xd8, 0x3d, 0xdc, 0x00];
const encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
const out = [];
for (let t = 0; t < 800; t++) {
  const enc = encs[rnd(encs.length)];
  const d = new StringDecoder(enc);
  let s = '';
  const n = rnd(6);
  for (let k = 0; k < n; k++) {
    const len = rnd(5);
    const b = Buffer.alloc(len);
    for (let i = 0; i < len; i++) b[i] = pool[rnd(pool.length)];
    s += JSON.stringify(d.write(b)) + `(${d.lastNeed},${d.lastTotal},${d.lastChar.toString('hex')})`;
  }
  s += JSON.stringify(d.end(rnd(3) === 0 ? Buffer.from([pool[rnd(pool.length)]]) : undefined));
  out.push(`${enc} ${s}`);
}
console.log(out.join('\n'));
