// Paused mode: 'readable' events, read(n) with byte counts, read() of everything,
// readableLength, needReadable/highWaterMark growth and the final 'end'.
'use strict';
const { Readable } = require('stream');

const chunks = ['hello ', 'world', ', streams', '!'];
const log = [];
const r = new Readable({
  highWaterMark: 8,
  read(n) {
    log.push(`_read(${n})`);
    const c = chunks.shift();
    if (c === undefined) this.push(null);
    else this.push(c);
  },
});
let round = 0;
r.on('readable', () => {
  round++;
  log.push(`readable #${round} len=${r.readableLength}`);
  let chunk;
  if (round === 1) {
    chunk = r.read(3);
    log.push(`read(3) -> ${chunk && JSON.stringify(chunk.toString())}`);
    chunk = r.read(100);
    log.push(`read(100) -> ${chunk && JSON.stringify(chunk.toString())} hwm=${r.readableHighWaterMark}`);
  }
  while ((chunk = r.read()) !== null) log.push(`read() -> ${JSON.stringify(chunk.toString())}`);
});
r.on('end', () => log.push('end'));
r.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
