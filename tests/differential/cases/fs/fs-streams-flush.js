// fs.createWriteStream flush option: fsync before close, data written, option validated.
'use strict';
const fs = require('fs'); const f = require('os').tmpdir() + '/h7fl' + process.pid;
const ws = fs.createWriteStream(f, { flush: true });
ws.end('data', () => {});
ws.on('close', () => { console.log(fs.readFileSync(f, 'utf8'), ws.flush); fs.unlinkSync(f);
  try { fs.createWriteStream(f, { flush: 1 }); } catch (e) { console.log(e.code, e.message); } });
