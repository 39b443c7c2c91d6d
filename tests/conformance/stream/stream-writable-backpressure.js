// Writable backpressure: write() returns false once writableLength reaches
// highWaterMark, 'drain' fires once the buffer empties, write callbacks run in
// order and after a tick when _write calls back synchronously.
'use strict';
const { check, equal, mustCall } = require('../common.js');
const { Writable } = require('stream');

const pending = [];
const w = new Writable({
  highWaterMark: 4,
  write(chunk, enc, cb) { pending.push(cb); },
});
equal('first write under the mark', w.write('ab'), true);
equal('second write reaches the mark', w.write('cd'), false);
equal('writableLength counts bytes', w.writableLength, 4);
equal('writableNeedDrain', w.writableNeedDrain, true);
w.on('drain', mustCall('drain once', () => {
  equal('drained length', w.writableLength, 0);
}));
function flush() {
  const cb = pending.shift();
  if (cb) {
    cb();
    setImmediate(flush);
  }
}
setImmediate(flush);

const order = [];
const sync = new Writable({ write(c, e, cb) { cb(); } });
sync.write('x', () => order.push('cb1'));
sync.write('y', () => order.push('cb2'));
order.push('sync');
process.nextTick(() => order.push('tick'));
setImmediate(() => {
  equal('sync callbacks deferred to a tick, in order', order, ['sync', 'cb1', 'cb2', 'tick']);
});

const obj = new Writable({ objectMode: true, write(c, e, cb) { cb(); } });
check('object mode hwm is 16', obj.writableHighWaterMark === 16);
