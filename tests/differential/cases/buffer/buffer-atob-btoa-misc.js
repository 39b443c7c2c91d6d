// atob/btoa (forgiving base64, DOMException InvalidCharacterError, ERR_MISSING_ARGS), isUtf8/
// isAscii on buffers, typed arrays and ArrayBuffers, transcode between utf8/utf16le/latin1,
// and Blob basics (size, type, slice, text, arrayBuffer, bytes).
'use strict';
const util = require('util');
const { isUtf8, isAscii, transcode, Blob, atob: atobExport, btoa: btoaExport } = require('buffer');
function tryIt(label, f) {
  try {
    console.log(label, util.inspect(f()));
  } catch (e) {
    console.log(label, e.name, e.code, e.message, e instanceof DOMException);
  }
}
console.log(atob === atobExport, btoa === btoaExport, typeof atob, typeof btoa);
for (const s of ['aGVsbG8=', 'aGVsbG8', ' aG Vs\nbG8 ', 'YQ', 'YQ=', 'YQ==', 'YQ===', 'Y', 'YR',
  'a', 'ab=c', 'abc*', '', '====', 'YQ\u00a0', '6Q==', '/+8=', '-_8=', 'YWJj\t', 'YW=Jj',
  undefined, null, 12, 'YQ==\n']) {
  tryIt(`atob ${JSON.stringify(s)}`, () => JSON.stringify(atob(s)));
}
tryIt('atob()', () => atob());
for (const s of ['hello', '', 'é', '\u00ff\u00fe', '€', '\ud800', null, undefined, 123, { toString() { return 'obj'; } }]) {
  tryIt(`btoa ${typeof s === 'string' ? JSON.stringify(s) : String(s)}`, () => btoa(s));
}
tryIt('btoa()', () => btoa());
tryIt('atob(btoa)', () => JSON.stringify(atob(btoa('\u0000\u0001\u00fe\u00ff'))));

for (const v of [Buffer.from('héllo'), Buffer.from([0xc3]), Buffer.from([0xed, 0xa0, 0x80]),
  new Uint8Array([0x61]), new Uint16Array([0x6161]), new ArrayBuffer(2), Buffer.alloc(0),
  Buffer.from([0x80]), new DataView(new ArrayBuffer(1))]) {
  tryIt(`isUtf8/isAscii ${util.inspect(v)}`, () => [isUtf8(v), isAscii(v)]);
}
tryIt('isUtf8 bad', () => isUtf8('x'));
tryIt('isAscii bad', () => isAscii(null));

tryIt('transcode utf8->ucs2', () => transcode(Buffer.from('h€'), 'utf8', 'ucs2'));
tryIt('transcode ucs2->utf8', () => transcode(Buffer.from('h€', 'ucs2'), 'ucs2', 'utf8'));
tryIt('transcode utf8->latin1', () => transcode(Buffer.from('hé€'), 'utf8', 'latin1'));
tryIt('transcode latin1->utf8', () => transcode(Buffer.from([0x68, 0xe9]), 'latin1', 'utf8'));
tryIt('transcode utf8->ascii', () => transcode(Buffer.from('hé'), 'utf8', 'ascii'));
tryIt('transcode bad', () => transcode('x', 'utf8', 'ucs2'));
tryIt('transcode empty', () => transcode(Buffer.alloc(0), 'utf8', 'ucs2'));

const blob = new Blob(['héllo ', Buffer.from('wor'), new Uint8Array([0x6c, 0x64]), new Blob(['!'])],
  { type: 'Text/Plain' });
console.log(blob.size, blob.type, Object.prototype.toString.call(blob), blob instanceof Blob);
const part = blob.slice(1, -1, 'x/y');
console.log(part.size, part.type, blob.slice(-3).size, blob.slice(5, 2).size, new Blob().size,
  new Blob([], { type: 'a\u0100' }).type);
tryIt('blob bad sources', () => new Blob('abc'));
tryIt('blob bad options', () => new Blob([], 5));
const firstDone = (async () => {
  console.log(JSON.stringify(await blob.text()));
  console.log(JSON.stringify(await part.text()));
  const ab = await blob.arrayBuffer();
  console.log(ab instanceof ArrayBuffer, ab.byteLength);
  console.log(await blob.slice(0, 3).bytes());
})();
const { File } = require('buffer');
const file = new File(['ab'], 'n.txt', { lastModified: 5, type: 'a/b' });
console.log(util.inspect(file), file.name, file.lastModified, file instanceof Blob);
const clonedBlob = structuredClone(new Blob(['ab'], { type: 'Text/X' }));
const clonedFile = structuredClone(file);
console.log(clonedBlob, clonedBlob instanceof Blob, clonedFile, clonedFile instanceof File,
  structuredClone({ b: new Blob(['x']) }));
firstDone.then(() => clonedFile.text()).then((t) => console.log('cloned file text', t));
