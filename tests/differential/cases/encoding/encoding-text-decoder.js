// TextDecoder: labels (utf-8, utf-16le/be, windows-1252 for latin1/ascii), BOM handling and
// ignoreBOM, fatal (ERR_ENCODING_INVALID_ENCODED_DATA), streaming across split characters,
// inputs (ArrayBuffer, views, DataView), argument errors, inspect.
'use strict';
const util = require('util');
function tryIt(label, f) {
  try {
    console.log(label, util.inspect(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
for (const label of ['utf-8', 'UTF8', ' utf-8 ', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'ucs-2',
  'unicode', 'utf-16be', 'latin1', 'ascii', 'us-ascii', 'iso-8859-1', 'windows-1252', 'cp1252',
  'bogus', '', 'utf-32', undefined]) {
  tryIt(`label ${String(label)}`, () => new TextDecoder(label).encoding);
}
const d = new TextDecoder();
console.log(d.encoding, d.fatal, d.ignoreBOM, util.inspect(d), Object.prototype.toString.call(d));
const bytes = (a) => new Uint8Array(a);
for (const a of [[], [0x61, 0x62], [0xef, 0xbb, 0xbf, 0x61], [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf],
  [0xc3, 0xa9], [0xff, 0x61], [0xe2, 0x82], [0xed, 0xa0, 0x80], [0xf0, 0x9f, 0x98, 0x80],
  [0xc0, 0x80], [0xf4, 0x90, 0x80, 0x80]]) {
  tryIt(`utf8 ${a}`, () => JSON.stringify(d.decode(bytes(a))));
  tryIt(`utf8 ignoreBOM ${a}`, () => JSON.stringify(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes(a))));
  tryIt(`utf8 fatal ${a}`, () => JSON.stringify(new TextDecoder('utf-8', { fatal: true }).decode(bytes(a))));
}
tryIt('inputs', () => [d.decode(), d.decode(undefined), d.decode(new ArrayBuffer(1)),
  d.decode(new DataView(bytes([0x68, 0x69]).buffer)), d.decode(new Uint16Array([0x6968])),
  d.decode(Buffer.from('buf')), d.decode(bytes([0x61, 0x62, 0x63]).subarray(1))].map((s) => JSON.stringify(s)));
for (const bad of ['str', null, 5, {}, [1]]) tryIt(`bad input ${util.inspect(bad)}`, () => d.decode(bad));
tryIt('bad options', () => d.decode(new Uint8Array(1), 5));
tryIt('ctor bad options', () => new TextDecoder('utf-8', 5));
tryIt('ctor null options', () => new TextDecoder('utf-8', null).fatal);
tryIt('bad this', () => TextDecoder.prototype.decode.call({}, new Uint8Array(1)));

function stream(label, enc, chunks, opts) {
  const dec = new TextDecoder(enc, opts);
  const out = [];
  try {
    for (const c of chunks) out.push(dec.decode(bytes(c), { stream: true }));
    out.push(dec.decode());
    console.log('stream', label, JSON.stringify(out));
  } catch (e) {
    console.log('stream', label, JSON.stringify(out), e.name, e.code, e.message);
  }
}
stream('utf8 split euro', 'utf-8', [[0xe2], [0x82], [0xac, 0x61]]);
stream('utf8 split emoji', 'utf-8', [[0xf0, 0x9f], [], [0x98, 0x80]]);
stream('utf8 truncated', 'utf-8', [[0x61, 0xe2, 0x82]]);
stream('utf8 truncated fatal', 'utf-8', [[0x61, 0xe2, 0x82]], { fatal: true });
stream('utf8 bad continuation', 'utf-8', [[0xe2], [0x41]]);
stream('utf8 bom split', 'utf-8', [[0xef, 0xbb], [0xbf, 0x61], [0xef, 0xbb, 0xbf]]);
stream('utf8 bom each call', 'utf-8', [[0xef, 0xbb, 0xbf, 0x61]]);
stream('utf16le split', 'utf-16le', [[0x3d], [0xd8, 0x00], [0xde, 0x41], [0x00]]);
stream('utf16le lone high', 'utf-16le', [[0x3d, 0xd8, 0x41, 0x00]]);
stream('utf16le odd end', 'utf-16le', [[0x41, 0x00, 0x42]]);
stream('utf16le bom', 'utf-16le', [[0xff, 0xfe, 0x41, 0x00]]);
stream('utf16le fatal lone', 'utf-16le', [[0x00, 0xdc]], { fatal: true });
stream('utf16be', 'utf-16be', [[0x00, 0x41, 0xd8], [0x3d, 0xde, 0x00]]);
stream('utf16be bom', 'utf-16be', [[0xfe, 0xff, 0x00, 0x42]]);
tryIt('reuse after stream', () => {
  const dec = new TextDecoder();
  dec.decode(bytes([0xe2]), { stream: true });
  return [JSON.stringify(dec.decode(bytes([0x61]))), JSON.stringify(dec.decode(bytes([0xef, 0xbb, 0xbf, 0x62])))];
});
const all = new Uint8Array(256).map((_, i) => i);
tryIt('windows-1252', () => JSON.stringify(new TextDecoder('latin1').decode(all.subarray(0x78))));
tryIt('ascii label', () => JSON.stringify(new TextDecoder('ascii').decode(bytes([0x41, 0x80, 0x9f, 0xe9]))));
tryIt('utf16le plain', () => JSON.stringify(new TextDecoder('utf-16le').decode(Buffer.from('héllo €😀', 'utf16le'))));
console.log(util.inspect(new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true })),
  util.inspect({ a: { b: new TextDecoder() } }, { depth: 0 }));
console.log(Object.getOwnPropertyNames(TextDecoder.prototype), Object.keys(TextDecoder.prototype),
  TextDecoder.name, TextDecoder.length, require('util').TextDecoder === TextDecoder);
