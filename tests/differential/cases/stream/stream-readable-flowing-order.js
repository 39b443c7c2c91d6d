// Readable in flowing mode: the order of 'resume', 'data', 'end', 'close' relative
// to synchronous code, process.nextTick and promise jobs; push() return values.
'use strict';
const { Readable } = require('stream');

const log = [];
const r = new Readable({ objectMode: true, highWaterMark: 2, read() { log.push('_read'); } });
r.on('data', (d) => log.push(`data ${d}`));
r.on('end', () => log.push('end'));
r.on('close', () => {
  log.push('close');
  console.log(log.join('\n'));
  console.log('ended', r.readableEnded, 'destroyed', r.destroyed, 'flowing', r.readableFlowing);
});
r.on('resume', () => log.push('resume'));
log.push(`push a -> ${r.push('a')}`);
log.push(`push b -> ${r.push('b')}`);
log.push(`push c -> ${r.push('c')}`);
log.push(`length ${r.readableLength} flowing ${r.readableFlowing}`);
process.nextTick(() => log.push('tick 1'));
Promise.resolve().then(() => log.push('microtask 1'));
setImmediate(() => {
  log.push('immediate');
  log.push(`push d -> ${r.push('d')}`);
  log.push(`push null -> ${r.push(null)}`);
  process.nextTick(() => log.push('tick after null'));
});
