// pipe(): a fast source into a slow destination; pause/resume driven by
// write() returning false and 'drain'; 'pipe'/'unpipe' events; end() of the
// destination when the source ends; unpipe() stops the flow.
'use strict';
const { Readable, Writable } = require('stream');

const log = [];
let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n > 6) this.push(null);
    else this.push(`c${n}`);
  },
});
const dst = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log.push(`write ${chunk} len=${this.writableLength}`);
    setTimeout(cb, 2);
  },
});
dst.on('pipe', (s) => log.push(`pipe ${s === src}`));
dst.on('unpipe', (s) => log.push(`unpipe ${s === src}`));
dst.on('drain', () => log.push('drain'));
src.on('pause', () => log.push('src pause'));
src.on('resume', () => log.push('src resume'));
src.on('end', () => log.push('src end'));
dst.on('finish', () => log.push('dst finish'));
dst.on('close', () => {
  log.push('dst close');
  console.log(log.join('\n'));
  second();
});
console.log('pipe returns dest', src.pipe(dst) === dst);

function second() {
  const s = new Readable({ objectMode: true, read() {} });
  const got = [];
  const d = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
  d.on('unpipe', () => got.push('unpipe'));
  s.pipe(d);
  s.push(1);
  s.push(2);
  setTimeout(() => {
    s.unpipe(d);
    s.push(3);
    setTimeout(() => {
      console.log('after unpipe', JSON.stringify(got), 'flowing', s.readableFlowing,
        'ended', d.writableEnded, 'buffered', s.readableLength);
    }, 5);
  }, 5);
}
