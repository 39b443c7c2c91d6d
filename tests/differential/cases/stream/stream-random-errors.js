// Seeded pseudo-random error scenarios: Writables failing in _write/_final,
// destroyed mid-write, written after end, with and without autoDestroy and
// emitClose; pipelines of Readable.from / generator / Transform / sink stages
// failing at a random stage. The full log of callbacks, events and finished()
// results must match Node's (asynchrony only through ticks, microtasks and
// immediates, so the order is deterministic).
'use strict';
const { Readable, Writable, Transform, pipeline, finished } = require('stream');

let seed = 1;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const log = [];
const L = (s) => log.push(s);
const later = (fn) => [process.nextTick, setImmediate, queueMicrotask][rnd(3)](fn);

function werr(id) {
  const failAt = rnd(5);
  let n = 0;
  const w = new Writable({
    objectMode: rnd(2) === 0, highWaterMark: 2, autoDestroy: rnd(3) !== 0, emitClose: rnd(3) !== 0,
    write(c, e, cb) {
      const i = n++;
      L(`${id} _write ${c}`);
      const err = i === failAt ? new Error('fail' + i) : null;
      if (rnd(2)) cb(err); else later(() => cb(err));
    },
    final(cb) { L(`${id} _final`); if (rnd(4) === 0) cb(new Error('final')); else later(cb); },
    destroy(err, cb) { L(`${id} _destroy ${err && err.message}`); if (rnd(2)) cb(err); else later(() => cb(err)); },
  });
  for (const ev of ['finish', 'close', 'drain', 'prefinish', 'error']) w.on(ev, (e) => L(`${id} ${ev}${e ? ' ' + e.message : ''} errored=${w.errored && w.errored.message} destroyed=${w.destroyed}`));
  finished(w, (err) => L(`${id} finished ${err && (err.code || err.message)}`));
  for (let i = 0; i < 4; i++) {
    const op = rnd(6);
    if (op < 3) L(`${id} write ${i} -> ${w.write(String(i), (e) => L(`${id} cb${i} ${e && (e.code || e.message)}`))}`);
    else if (op === 3) later(() => { L(`${id} destroy`); w.destroy(rnd(2) ? new Error('d') : null); });
    else if (op === 4) { w.end((e) => L(`${id} endcb ${e && (e.code || e.message)}`)); }
    else later(() => { try { L(`${id} late write -> ${w.write('L', (e) => L(`${id} latecb ${e && e.code}`))}`); } catch (e) { L(`${id} threw ${e.code}`); } });
  }
}

function pl(id) {
  const stages = [];
  const fail = rnd(6);
  stages.push(rnd(2) ? Readable.from(['a', 'b', 'c']) : new Readable({ objectMode: true, read() { this.push(fail === 0 ? null : 'x'); if (rnd(3) === 0) this.push(null); } }));
  if (rnd(2)) stages.push(async function* (src) { for await (const c of src) { if (fail === 1) throw new Error('gen'); yield c + '!'; } });
  if (rnd(2)) stages.push(new Transform({ objectMode: true, transform(c, e, cb) { if (fail === 2) cb(new Error('tr')); else later(() => cb(null, c)); } }));
  const sink = rnd(2) ?
    new Writable({ objectMode: true, write(c, e, cb) { L(`${id} sink ${c}`); if (fail === 3) cb(new Error('sink')); else later(cb); } }) :
    async function (src) { let s = ''; for await (const c of src) s += c; if (fail === 4) throw new Error('async sink'); return s; };
  stages.push(sink);
  for (const [i, s] of stages.entries()) if (s && typeof s.on === 'function') s.on('close', () => L(`${id} stage${i} close`));
  pipeline(...stages, (err, val) => L(`${id} done ${err && err.message} ${val}`));
}

for (const s of [2, 5, 9, 17, 23, 31, 44, 61]) {
  seed = s;
  for (let i = 0; i < 3; i++) werr(`s${s}w${i}`);
  for (let i = 0; i < 2; i++) pl(`s${s}p${i}`);
}
process.on('exit', () => console.log(log.join('\n')));
