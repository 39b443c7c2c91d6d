// fs.createReadStream/createWriteStream: open/ready/finish/close events, start/end ranges with
// highWaterMark chunks and encoding, bytesRead/bytesWritten/pending/path, an open error, and a
// FileHandle read stream (closed with the stream).
'use strict';
const fs = require('fs'); const os = require('os'); const path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'h7s-'));
const f = path.join(d, 'a.txt');
const ws = fs.createWriteStream(f, { highWaterMark: 4 });
console.log('pending', ws.pending, ws.path === f, ws.bytesWritten);
ws.on('open', (fd) => console.log('w open', typeof fd));
ws.on('ready', () => console.log('w ready'));
ws.write('hello ');
ws.write(Buffer.from('world\n'));
ws.end('line2\n', () => console.log('w end cb', ws.bytesWritten));
ws.on('finish', () => console.log('w finish'));
ws.on('close', () => {
  console.log('w close', ws.bytesWritten, ws.pending);
  const rs = fs.createReadStream(f, { encoding: 'utf8', start: 2, end: 9, highWaterMark: 3 });
  const chunks = [];
  rs.on('open', () => console.log('r open'));
  rs.on('ready', () => console.log('r ready'));
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => console.log('r end', JSON.stringify(chunks), rs.bytesRead));
  rs.on('close', () => {
    console.log('r close');
    const bad = fs.createReadStream(path.join(d, 'nope'));
    bad.on('error', (e) => console.log('bad', e.code, e.message.replace(d, '<d>')));
    bad.on('close', async () => {
      console.log('bad close');
      const fh = await fs.promises.open(f);
      const rs2 = fh.createReadStream({ encoding: 'utf8' });
      let s = '';
      for await (const c of rs2) s += c;
      console.log('fh stream', JSON.stringify(s));
      fh.on('close', () => console.log('fh close event'));
      await fh.close().catch((e) => console.log('close err', e.code));
      fs.rmSync(d, { recursive: true });
    });
  });
});
