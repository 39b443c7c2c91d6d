// Buffer.from for strings in every encoding (lenient base64/base64url, hex stopping at the
// first bad pair, lone surrogates, latin1/ascii low bytes), toString per encoding and ranges,
// byteLength per encoding, isEncoding, invalid UTF-8 decoding with U+FFFD.
'use strict';
const encs = ['utf8', 'utf-8', 'UTF8', 'utf16le', 'utf-16le', 'ucs2', 'ucs-2', 'latin1',
  'binary', 'ascii', 'base64', 'base64url', 'hex', 'Hex', 'BASE64'];
const strings = ['', 'hello', 'héllo wörld', '€uro', '😀 smile', 'a\ud800b', '\udc00z',
  'YWJj', 'YQ==YQ==', 'YW Jj\nZA', 'Y-_/+', '!!!YWJj', 'abc', '12zz34', '0g', 'deadBEEF',
  '\u00ff\u0100\uffff', 'x'.repeat(70)];
for (const enc of encs) {
  for (const s of strings) {
    const b = Buffer.from(s, enc);
    console.log(enc, JSON.stringify(s), b, Buffer.byteLength(s, enc));
  }
}
const sample = Buffer.from([0x00, 0x41, 0x7f, 0x80, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f,
  0x98, 0x80, 0xff, 0xfe, 0x3d, 0xd8]);
for (const enc of encs) console.log(enc, JSON.stringify(sample.toString(enc)));
for (const [s, e] of [[0, 4], [2, 9], [-1, 3], [5, 100], [3, 2], [1.7, 4.2], ['1', '5'], [NaN, 3],
  [undefined, 6], [20, 30]]) {
  console.log(s, e, JSON.stringify(sample.toString('utf8', s, e)), sample.toString('hex', s, e));
}
const bad = [[0xc0, 0xaf], [0xe0, 0x80, 0x80], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80],
  [0xf0, 0x9f, 0x98], [0xe2, 0x82], [0x80], [0xff, 0x41], [0xf8, 0x88, 0x80, 0x80, 0x80],
  [0xef, 0xbb, 0xbf, 0x41], [0xc2], [0xe2, 0x28, 0xa1]];
for (const b of bad) console.log(b, JSON.stringify(Buffer.from(b).toString()));
for (const e of ['utf8', 'UTF-8', 'hex', 'bogus', '', 'latin-1', 'binary', 'utf16', 'base64url',
  null, undefined, 1]) {
  console.log(String(e), Buffer.isEncoding(e));
}
console.log(Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(5)),
  Buffer.byteLength(new DataView(new ArrayBuffer(7))), Buffer.byteLength('abc', 'bogus'),
  Buffer.byteLength('€', 'bogus'), Buffer.byteLength('YQ=', 'base64'), Buffer.byteLength('=', 'base64'));
try {
  Buffer.byteLength(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(Buffer.from('abc').toString('base64'), Buffer.from([0xfb, 0xff]).toString('base64'),
  Buffer.from([0xfb, 0xff]).toString('base64url'), btoa('hi'), atob('aGk='));
