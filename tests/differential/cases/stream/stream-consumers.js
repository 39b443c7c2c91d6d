// stream/consumers: text (with a multi-byte character split across chunks and
// string chunks), json, buffer, bytes, arrayBuffer and blob over Readables and
// async generators; a JSON parse error rejects.
'use strict';
const consumers = require('stream/consumers');
const { Readable } = require('stream');

async function main() {
  console.log(Object.keys(consumers));
  const euro = Buffer.from('€');
  console.log('text', JSON.stringify(await consumers.text(Readable.from([Buffer.from('a'),
    euro.subarray(0, 2), euro.subarray(2), Buffer.from('b')]))));
  console.log('text strings', await consumers.text(Readable.from(['x', 'y'])));
  console.log('json', await consumers.json(Readable.from(['{"a":', '[1,2]}'])));
  const buf = await consumers.buffer((async function* () { yield Buffer.from('he'); yield Buffer.from('y'); })());
  console.log('buffer', Buffer.isBuffer(buf), buf.toString());
  const bytes = await consumers.bytes(Readable.from([Buffer.from([1, 2]), Buffer.from([3])]));
  console.log('bytes', bytes instanceof Uint8Array, Buffer.isBuffer(bytes), Array.from(bytes));
  const ab = await consumers.arrayBuffer(Readable.from([Buffer.from('ab')]));
  console.log('arrayBuffer', ab instanceof ArrayBuffer, ab.byteLength);
  const blob = await consumers.blob(Readable.from([Buffer.from('blob!')]));
  console.log('blob', blob.size, await blob.text());
  try { await consumers.json(Readable.from(['{bad'])); } catch (e) { console.log('json error', e.name); }
}
main();
