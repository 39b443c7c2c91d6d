// Seeded pseudo-random pipelines (callback and promise forms) built from
// Readable.from, async generators, arrays, Transforms, compose() and function
// sinks, plus concurrent next()/return() calls on a Readable's async iterator;
// the interleaving of stage logs, outputs and results (down to microtasks)
// must match Node's.
'use strict';
const { Readable, Writable, Transform, PassThrough, pipeline, compose } = require('stream');
const sp = require('stream/promises');

let seed = 1;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const log = [];
const L = (s) => log.push(s);
const later = (fn) => [process.nextTick, setImmediate, queueMicrotask, (f) => f()][rnd(4)](fn);
const wait = () => new Promise((r) => later(r));

function source(id) {
  const k = rnd(5);
  const items = ['a', 'b', 'c', 'd'].slice(0, 1 + rnd(4));
  if (k === 0) return Readable.from(items);
  if (k === 1) return Readable.from((async function* () { for (const x of items) { if (rnd(2)) await wait(); yield x; } })());
  if (k === 2) return items;
  if (k === 3) return async function* () { for (const x of items) { await wait(); yield x; } };
  const r = new Readable({ objectMode: true, read() { const x = items.shift(); later(() => this.push(x === undefined ? null : x)); } });
  return r;
}
function middle(id) {
  const k = rnd(4);
  if (k === 0) return new PassThrough({ objectMode: true, highWaterMark: 1 + rnd(2) });
  if (k === 1) return async function* (src) { for await (const x of src) { L(`${id} gen ${x}`); if (rnd(2)) await wait(); yield x + '1'; } };
  if (k === 2) return new Transform({ objectMode: true, transform(c, e, cb) { L(`${id} tr ${c}`); later(() => cb(null, c + '2')); } });
  return compose(new PassThrough({ objectMode: true }), async function* (src) { for await (const x of src) yield x + '3'; });
}
function sink(id) {
  const k = rnd(3);
  if (k === 0) return new Writable({ objectMode: true, highWaterMark: 1, write(c, e, cb) { L(`${id} sink ${c}`); later(cb); } });
  if (k === 1) return async function (src) { const all = []; for await (const x of src) { L(`${id} fsink ${x}`); all.push(x); } return all.join(','); };
  return async function* (src) { for await (const x of src) yield x; };
}

async function run(id) {
  const stages = [source(id)];
  for (let i = rnd(3); i > 0; i--) stages.push(middle(id));
  stages.push(sink(id));
  const mode = rnd(3);
  if (mode === 0) {
    await new Promise((resolve) => {
      const ret = pipeline(...stages, (err, val) => { L(`${id} cb ${err && err.message} ${val}`); resolve(); });
      if (ret && typeof ret.on === 'function' && ret.readable) ret.on('data', (d) => L(`${id} out ${d}`));
    });
  } else if (mode === 1) {
    try { const v = await sp.pipeline(...stages); L(`${id} resolved ${v}`); } catch (e) { L(`${id} rejected ${e.message}`); }
  } else {
    const r = Readable.from(['x', 'y', 'z']);
    const it = r[Symbol.asyncIterator]();
    const p1 = it.next(); const p2 = it.next();
    const v1 = await p1; L(`${id} it1 ${v1.value}`);
    if (rnd(2)) { const rr = await it.return('bye'); L(`${id} ret ${rr.value} ${rr.done} destroyed=${r.destroyed}`); }
    const v2 = await p2; L(`${id} it2 ${v2.value} ${v2.done}`);
    const v3 = await it.next(); L(`${id} it3 ${v3.value} ${v3.done}`);
  }
}
(async () => {
  for (const s of [3, 12, 27, 48, 75, 101]) {
    seed = s;
    const group = [];
    for (let i = 0; i < 3; i++) group.push(run(`s${s}p${i}`));
    await Promise.all(group);
  }
})();
process.on('exit', () => console.log(log.join('\n')));
