// StringDecoder and TextDecoder({stream}) give the same text for every way of cutting the
// bytes into two or three chunks, for utf8, utf16le and base64, as Node documents for
// multi-byte characters split across writes.
'use strict';
const { check } = require('../common.js');
const { StringDecoder } = require('string_decoder');

const text = 'aé€😀z\u0800\uffff𝄞';
for (const enc of ['utf8', 'utf16le', 'base64', 'hex']) {
  const bytes = Buffer.from(text, enc === 'utf16le' ? 'utf16le' : 'utf8');
  const want = bytes.toString(enc);
  let ok = true;
  let bad = '';
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const d = new StringDecoder(enc);
      const got = d.write(bytes.subarray(0, i)) + d.write(bytes.subarray(i, j)) +
        d.end(bytes.subarray(j));
      if (got !== want) {
        ok = false;
        bad = `${i},${j}: ${JSON.stringify(got)}`;
      }
    }
  }
  check(`StringDecoder ${enc} every split`, ok, () => bad);
}

for (const enc of ['utf-8', 'utf-16le']) {
  const bytes = Buffer.from(text, enc === 'utf-8' ? 'utf8' : 'utf16le');
  let ok = true;
  let bad = '';
  for (let i = 0; i <= bytes.length; i++) {
    for (let j = i; j <= bytes.length; j++) {
      const d = new TextDecoder(enc);
      const got = d.decode(bytes.subarray(0, i), { stream: true }) +
        d.decode(bytes.subarray(i, j), { stream: true }) + d.decode(bytes.subarray(j));
      if (got !== text) {
        ok = false;
        bad = `${i},${j}: ${JSON.stringify(got)}`;
      }
    }
  }
  check(`TextDecoder ${enc} every split`, ok, () => bad);
}

const enc = new TextEncoder();
let encOk = true;
for (let n = 0; n <= 20; n++) {
  const dest = new Uint8Array(n);
  const { read, written } = enc.encodeInto(text, dest);
  const expect = Buffer.from(text.slice(0, read));
  if (written !== expect.length || !Buffer.from(dest.subarray(0, written)).equals(expect)) encOk = false;
}
check('encodeInto writes whole characters for every size', encOk);
check('TextDecoder fatal rejects a lone surrogate encoding', (() => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xed, 0xa0, 0x80]));
    return false;
  } catch (e) {
    return e.code === 'ERR_ENCODING_INVALID_ENCODED_DATA' && e instanceof TypeError;
  }
})());
