// Writable: write() return values against highWaterMark, writableLength,
// writableNeedDrain, 'drain', write callbacks (deferred when _write calls back
// synchronously), end() with a chunk and callback, 'finish' then 'close'.
'use strict';
const { Writable } = require('stream');

const log = [];
let pending = [];
const w = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    log.push(`_write ${chunk.toString()} ${enc} ${Buffer.isBuffer(chunk)}`);
    pending.push(cb);
  },
});
w.on('drain', () => log.push(`drain len=${w.writableLength}`));
w.on('prefinish', () => log.push('prefinish'));
w.on('finish', () => log.push(`finish finished=${w.writableFinished}`));
w.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
});
log.push(`write ab -> ${w.write('ab', () => log.push('cb ab'))} len=${w.writableLength}`);
log.push(`write cde -> ${w.write('cde', () => log.push('cb cde'))} len=${w.writableLength} needDrain=${w.writableNeedDrain}`);
log.push(`write f -> ${w.write('f')} len=${w.writableLength}`);
function flush() {
  const cbs = pending;
  pending = [];
  for (const cb of cbs) cb();
  if (pending.length) setTimeout(flush, 1);
  else if (!w.writableEnded) {
    log.push(`end ended=${w.writableEnded}`);
    w.end('z', () => log.push('end cb'));
    log.push(`after end ended=${w.writableEnded} writable=${w.writable}`);
    setTimeout(flush, 1);
  }
}
setTimeout(flush, 1);
