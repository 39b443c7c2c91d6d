// TextDecoder for the single-byte encodings of the Encoding Standard (labels, every byte
// 0x00..0xFF, fatal mode on unmapped bytes with Node's error and errno property).
'use strict';
const names = ['ibm866', 'iso-8859-2', 'latin2', 'iso-8859-5', 'iso-8859-6', 'iso-8859-7', 'iso-8859-8', 'iso-8859-8-i', 'iso-8859-16', 'koi8-r', 'koi8-u', 'mac', 'windows-874', 'tis-620', 'windows-1250', 'windows-1251', 'latin5', 'windows-1255', 'windows-1258', 'x-mac-cyrillic', 'cp1253'];
const all = new Uint8Array(256).map((_, i) => i);
for (const n of names) {
  const d = new TextDecoder(n);
  let fatal;
  try { fatal = JSON.stringify(new TextDecoder(n, { fatal: true }).decode(all)); } catch (e) { fatal = e.code; }
  console.log(n, d.encoding, JSON.stringify(d.decode(all)), fatal, (() => { try { return JSON.stringify(new TextDecoder(n, {fatal: true}).decode(new Uint8Array([0x41, 0xc0, 0xe9]))); } catch (e) { return `${e.code} ${Object.keys(e)} ${e.message}`; } })());
}
