// StringDecoder: characters split across writes for each encoding, with lastChar/lastNeed/
// lastTotal after every step, end() flushing, text(), invalid UTF-8 and inspect of the state.
'use strict';
const { StringDecoder } = require('string_decoder');
const util = require('util');

function show(d, label, out) {
  console.log(label, JSON.stringify(out), d.lastNeed, d.lastTotal, d.lastChar);
}

function run(enc, chunks) {
  const d = new StringDecoder(enc);
  console.log('--', enc, d.encoding);
  for (const c of chunks) show(d, 'write', d.write(Buffer.from(c)));
  show(d, 'end', d.end());
  show(d, 'end again', d.end());
}

const euro = [0xe2, 0x82, 0xac];
const smile = [0xf0, 0x9f, 0x98, 0x80];
run('utf8', [[0x61, 0xe2], [0x82], [0xac, 0x62]]);
run('utf8', [[0xf0, 0x9f], [0x98], [], [0x80]]);
run('utf8', [[0xe2, 0x82], [0x41]]);
run('utf8', [[0xe2], [0x82, 0xe2], [0x82, 0xac]]);
run('utf8', [[0xff, 0xfe, 0x80, 0x80, 0x80, 0x80]]);
run('utf8', [[0xc0], [0xaf]]);
run('utf8', [[0xed, 0xa0], [0x80]]);
run('utf8', [[0xe2, 0x82]]);
run('utf8', [[0x80, 0x80, 0xe2]]);
run('utf-8', [euro.concat(smile).concat([0xf0])]);
run('ucs2', [[0x61, 0x00, 0x3d], [0xd8, 0x00], [0xde]]);
run('utf16le', [[0x3d, 0xd8], [0x41, 0x00]]);
run('utf-16le', [[0x3d, 0xd8]]);
run('utf16le', [[0x61]]);
run('base64', [[0x61], [0x62, 0x63, 0x64], [0x65]]);
run('base64url', [[0xff, 0xfe], [0xfd, 0xfc]]);
run('base64url', [[0xfb]]);
run('hex', [[0x01, 0xab], [0xff]]);
run('latin1', [[0xe9, 0x41]]);
run('binary', [[0xff]]);
run('ascii', [[0xe9, 0x41]]);
run(undefined, [smile.slice(0, 3), smile.slice(3)]);

const d = new StringDecoder('utf8');
console.log(JSON.stringify(d.write('as is')), JSON.stringify(d.end(Buffer.from(euro))));
console.log(JSON.stringify(d.write(new Uint16Array([0x6968]))), JSON.stringify(d.write(new DataView(new Uint8Array([0x6f, 0x6b]).buffer))));
d.write(Buffer.from([0xe2]));
console.log(JSON.stringify(d.text(Buffer.from([0x61, 0x62, 0x63]), 1)), d.lastNeed);
console.log(util.inspect(new StringDecoder('hex')));
const u = new StringDecoder('ucs2');
u.write(Buffer.from([0x61, 0x00, 0x3d]));
console.log(util.inspect(u), Object.keys(u));
console.log(Object.getOwnPropertyNames(StringDecoder.prototype), StringDecoder.length);

for (const f of [() => new StringDecoder('bogus'), () => new StringDecoder(''), () => d.write(1),
  () => d.write(null), () => d.end(5), () => StringDecoder.prototype.write.call({}, Buffer.alloc(1))]) {
  try {
    const r = f();
    console.log('ok', r && r.encoding);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
