// Readable.from(): arrays, generators, async generators, strings and Buffers;
// async iteration with for await; break destroys the stream; ERR_INVALID_ARG_TYPE
// for non-iterables; null values (ERR_STREAM_NULL_VALUES); objectMode flags.
'use strict';
const { Readable } = require('stream');

async function main() {
  const a = Readable.from([1, 2, 3]);
  console.log('objectMode', a.readableObjectMode, 'hwm', a.readableHighWaterMark);
  const got = [];
  for await (const v of a) got.push(v);
  console.log('array', got, 'ended', a.readableEnded, 'destroyed', a.destroyed);

  function* gen() { yield 'a'; yield 'b'; }
  console.log('gen', await Readable.from(gen()).toArray());

  async function* agen() { yield 1; await null; yield 2; }
  console.log('agen', await Readable.from(agen()).toArray());

  console.log('string', await Readable.from('hello').toArray());
  const bufs = await Readable.from(Buffer.from('buf')).toArray();
  console.log('buffer', bufs.length, Buffer.isBuffer(bufs[0]), bufs[0].toString());

  let cleaned = false;
  function* forever() {
    try {
      let i = 0;
      while (true) yield i++;
    } finally {
      cleaned = true;
    }
  }
  const inf = Readable.from(forever());
  for await (const v of inf) if (v === 3) break;
  await new Promise((r) => setImmediate(r));
  console.log('break destroyed', inf.destroyed, 'cleaned', cleaned);

  try { Readable.from(42); } catch (e) { console.log(e.name, e.code, e.message); }

  const withNull = Readable.from([1, null, 2]);
  withNull.on('data', (d) => console.log('data', d));
  withNull.on('error', (e) => console.log('error', e.code, e.message));
  await new Promise((r) => withNull.on('close', r));

  const bytes = Readable.from(['ab', 'cd'], { objectMode: false });
  const chunks = [];
  for await (const c of bytes) chunks.push(Buffer.isBuffer(c) ? `buf:${c}` : c);
  console.log('byte mode', chunks);

  async function* failing() { yield 1; throw new Error('gen failed'); }
  try {
    for await (const v of Readable.from(failing())) console.log('got', v);
  } catch (e) {
    console.log('caught', e.message);
  }
}
main();
