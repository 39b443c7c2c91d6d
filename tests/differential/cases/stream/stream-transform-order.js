// Transform and PassThrough: _transform/_flush, push from _transform, the event
// order of 'data', 'prefinish', 'finish', 'end', 'close' and end() callbacks,
// object mode, transform errors and the callback(null, value) shortcut.
'use strict';
const { Transform, PassThrough } = require('stream');

const log = [];
const upper = new Transform({
  transform(chunk, enc, cb) {
    log.push(`_transform ${chunk} ${enc}`);
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    log.push('_flush');
    this.push('!');
    cb();
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) upper.on(ev, () => log.push(ev));
upper.on('data', (d) => log.push(`data ${d}`));
log.push(`write -> ${upper.write('abc')}`);
log.push(`write -> ${upper.write('def', () => log.push('write cb'))}`);
upper.end(() => log.push('end cb'));
log.push('sync done');
upper.on('close', () => {
  console.log(log.join('\n'));

  const pt = new PassThrough({ objectMode: true });
  const seen = [];
  pt.on('data', (d) => seen.push(d));
  pt.on('end', () => {
    console.log('passthrough', JSON.stringify(seen));
    const bad = new Transform({
      transform(chunk, enc, cb) { cb(new Error('nope')); },
    });
    bad.on('error', (e) => console.log('transform error', e.message, bad.destroyed));
    bad.on('close', () => console.log('transform close'));
    bad.write('x', (e) => console.log('write cb', e && e.message));
    const none = new Transform();
    none.on('error', (e) => console.log('no _transform', e.code, e.message));
    try { none.write('x'); } catch (e) { console.log('thrown', e.code); }
  });
  pt.write({ a: 1 });
  pt.write([1, 2]);
  pt.write('str');
  pt.end(42);
});
