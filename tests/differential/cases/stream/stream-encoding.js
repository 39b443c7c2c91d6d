// setEncoding(): 'data' as strings, multi-byte characters split across pushes,
// readableEncoding, encoding option, hex/base64, read(n) counting characters,
// unshift with an encoding set, push(string, encoding).
'use strict';
const { Readable } = require('stream');

const euro = Buffer.from('€');
const r = new Readable({ read() {} });
r.setEncoding('utf8');
console.log('readableEncoding', r.readableEncoding);
const got = [];
r.on('data', (d) => got.push(`${typeof d}:${JSON.stringify(d)}`));
r.on('end', () => {
  console.log(got.join(' '));
  part2();
});
r.push(euro.subarray(0, 1));
r.push(euro.subarray(1));
r.push(Buffer.from('ok'));
r.push('caf\u00e9', 'utf8');
r.push('68656c6c6f', 'hex');
r.push(null);

function part2() {
  const h = new Readable({ encoding: 'hex', read() {} });
  console.log('hex encoding', h.readableEncoding);
  h.push(Buffer.from([1, 2, 255]));
  h.push(null);
  h.on('data', (d) => console.log('hex data', d));
  h.on('end', part3);
}

function part3() {
  const p = new Readable({ read() {} });
  p.push('abcdefgh');
  p.setEncoding('base64');
  console.log('after setEncoding length', p.readableLength);
  console.log('read(4)', p.read(4));
  p.unshift('xyz');
  console.log('after unshift', p.readableLength, p.read());
  const q = new Readable({ read() {} });
  q.setEncoding('utf8');
  q.push('h\u00e9llo w\u00f6rld');
  console.log('read(3)', JSON.stringify(q.read(3)), 'left', q.readableLength);
  console.log('read()', JSON.stringify(q.read()));
  const b = new Readable({ read() {} });
  b.push('abc');
  b.push('def');
  const c = b.read(4);
  console.log('bytes read(4)', Buffer.isBuffer(c), c.toString(), 'left', b.readableLength);
  console.log('read()', b.read().toString());
}
