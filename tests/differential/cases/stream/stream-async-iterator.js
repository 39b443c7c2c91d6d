// Readable async iteration: chunks of a byte stream, errors thrown into the
// loop, destroy on break/return, iterator({ destroyOnReturn: false }), a
// stream destroyed while iterating, and iteration of an ended stream.
'use strict';
const { Readable, PassThrough } = require('stream');

async function main() {
  const r = new Readable({ read() {} });
  r.push('ab');
  r.push('cd');
  r.push(null);
  const out = [];
  for await (const c of r) out.push(c.toString());
  console.log('chunks', out, 'destroyed', r.destroyed);

  const failing = new Readable({ read() { this.destroy(new Error('read broke')); } });
  try {
    for await (const c of failing) console.log('unexpected', c);
  } catch (e) {
    console.log('caught', e.message, failing.destroyed);
  }

  const p = new PassThrough({ objectMode: true });
  p.write(1);
  p.write(2);
  p.write(3);
  for await (const v of p) {
    console.log('value', v);
    if (v === 2) break;
  }
  console.log('after break destroyed', p.destroyed);

  const keep = new PassThrough({ objectMode: true });
  keep.write('a');
  keep.write('b');
  for await (const v of keep.iterator({ destroyOnReturn: false })) {
    console.log('kept', v);
    break;
  }
  console.log('not destroyed', keep.destroyed, 'left', keep.readableLength);

  const midway = new PassThrough({ objectMode: true });
  setTimeout(() => midway.destroy(), 5);
  midway.write('first');
  try {
    for await (const v of midway) console.log('midway', v);
    console.log('midway ended without error');
  } catch (e) {
    console.log('midway error', e.code, e.message);
  }

  const ended = Readable.from([]);
  for await (const v of ended) console.log('none', v);
  console.log('empty done');
  const it = Readable.from(['z'])[Symbol.asyncIterator]();
  console.log('next', await it.next(), await it.next(), await it.next());
  try { new Readable().iterator(5); } catch (e) { console.log(e.code, e.message); }
}
main();
