// pipeline() with an array source, async generator stages, a Transform, and an
// async function as the final stage (its value reaches the callback); error
// propagation destroys every stage; stream/promises pipeline and finished.
'use strict';
const { pipeline, Readable, Transform, Writable, PassThrough, finished } = require('stream');
const promises = require('stream/promises');

const log = [];
const double = new Transform({
  objectMode: true,
  transform(n, enc, cb) { cb(null, n * 2); },
});
const ret = pipeline(
  Readable.from([1, 2, 3]),
  async function* addOne(source) {
    for await (const n of source) yield n + 1;
  },
  double,
  async function sum(source) {
    let total = 0;
    for await (const n of source) total += n;
    return total;
  },
  (err, value) => {
    log.push(`pipeline 1 err=${err} value=${value}`);
    next();
  });
log.push(`returns PassThrough ${ret instanceof PassThrough}`);

function next() {
  const src = new Readable({ objectMode: true, read() {} });
  const mid = new PassThrough({ objectMode: true });
  const sink = new Writable({ objectMode: true, write(c, e, cb) { log.push(`sink ${c}`); cb(); } });
  for (const [name, s] of [['src', src], ['mid', mid], ['sink', sink]]) {
    s.on('close', () => log.push(`${name} close destroyed=${s.destroyed}`));
  }
  pipeline(src, mid, sink, (err) => {
    log.push(`pipeline 2 err=${err && err.message}`);
    third();
  });
  src.push('a');
  setTimeout(() => mid.destroy(new Error('mid broke')), 5);
}

async function third() {
  const out = [];
  await promises.pipeline(
    ['x', 'y'],
    async function* (source) {
      for await (const s of source) yield s.toUpperCase();
    },
    new Writable({ objectMode: true, write(c, e, cb) { out.push(c); cb(); } }),
  );
  log.push(`promises.pipeline ${out.join(',')}`);
  try {
    await promises.pipeline(
      Readable.from(['a']),
      async function* (source) {
        for await (const s of source) throw new Error(`bad ${s}`);
      },
      new PassThrough({ objectMode: true }),
    );
  } catch (e) {
    log.push(`rejected ${e.message}`);
  }
  const r = Readable.from(['q']);
  r.resume();
  await promises.finished(r);
  log.push(`finished ended=${r.readableEnded}`);
  const w = new Writable({ write(c, e, cb) { cb(); } });
  finished(w, (err) => {
    log.push(`finished premature ${err && err.code}`);
    console.log(log.join('\n'));
  });
  w.destroy();
}
