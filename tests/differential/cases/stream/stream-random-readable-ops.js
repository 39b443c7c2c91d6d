// Seeded pseudo-random sequences of Readable operations: push (also empty
// chunks), unshift, read(n) including read(0), once/on/off 'readable', on/off
// 'data', pause/resume, setEncoding, with highWaterMark 0..5 in byte and object
// mode; the full event log must match Node's (asynchrony only through ticks,
// microtasks and immediates).
'use strict';
const { Readable } = require('stream');

let seed = 1;
function rnd(n) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed % n;
}
const log = [];
const L = (s) => log.push(s);
function str(v) {
  if (Buffer.isBuffer(v)) return `B(${v})`;
  return typeof v === 'string' ? `S(${v})` : String(v);
}
const later = (fn) => [process.nextTick, setImmediate, queueMicrotask, (f) => f()][rnd(4)](fn);

function sc(id) {
  const om = rnd(3) === 0;
  const r = new Readable({ objectMode: om, highWaterMark: [0, 1, 2, 5][rnd(4)], read(n) { L(`${id} _read(${n})`); } });
  for (const ev of ['end', 'close', 'pause', 'resume', 'error']) r.on(ev, () => L(`${id} ${ev} flowing=${r.readableFlowing} len=${r.readableLength}`));
  let k = 0;
  const steps = 4 + rnd(8);
  function onReadable() { L(`${id} readable len=${r.readableLength}`); const c = r.read([undefined, 0, 1, 2][rnd(4)]); L(`${id}  -> ${c === null ? 'null' : str(c)}`); }
  function onData(d) { L(`${id} data ${str(d)}`); }
  function step() {
    if (k++ >= steps) { later(() => { L(`${id} push null -> ${r.push(null)}`); later(() => { r.resume(); }); }); return; }
    const op = rnd(12);
    try {
      switch (op) {
        case 0: L(`${id} push -> ${r.push(om ? k : 'p' + k)}`); break;
        case 1: L(`${id} push empty -> ${r.push(om ? '' : '')}`); break;
        case 2: r.once('readable', onReadable); L(`${id} once readable`); break;
        case 3: r.on('readable', onReadable); L(`${id} on readable`); break;
        case 4: r.removeListener('readable', onReadable); L(`${id} off readable`); break;
        case 5: r.on('data', onData); L(`${id} on data`); break;
        case 6: r.removeListener('data', onData); L(`${id} off data`); break;
        case 7: { const c = r.read([undefined, 0, 1, 3][rnd(4)]); L(`${id} read -> ${c === null ? 'null' : str(c)}`); break; }
        case 8: r.pause(); L(`${id} pause() paused=${r.isPaused()}`); break;
        case 9: r.resume(); L(`${id} resume() paused=${r.isPaused()}`); break;
        case 10: L(`${id} unshift -> ${r.unshift(om ? 'u' : 'uu')}`); break;
        case 11: if (!om && rnd(2)) { r.setEncoding('utf8'); L(`${id} setEncoding`); } break;
      }
    } catch (e) { L(`${id} threw ${e.code}`); }
    later(step);
  }
  later(step);
}
for (const s of [4, 8, 15, 16, 23, 42, 77, 99]) {
  seed = s;
  for (let i = 0; i < 3; i++) sc(`s${s}r${i}`);
}
process.on('exit', () => console.log(log.join('\n')));
