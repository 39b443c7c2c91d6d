// Seeded pseudo-random Transform scenarios: sync/async/multi-push/no-output
// transforms, _flush with data, highWaterMark 0..16 (readableHighWaterMark 0
// included), decodeStrings:false, consumed by 'data', 'readable' or a late
// resume(), ended in different ways; the full event log must match Node's.
'use strict';
const { Transform } = require('stream');

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

function tf(id) {
  const om = rnd(2) === 0;
  const opts = {
    objectMode: om,
    highWaterMark: [0, 1, 2, 16][rnd(4)],
    transform(c, e, cb) {
      L(`${id} _transform ${str(c)} ${e}`);
      const mode = rnd(4);
      if (mode === 0) cb(null, c);
      else if (mode === 1) { this.push(c); this.push(c); cb(); }
      else if (mode === 2) later(() => cb(null, c));
      else cb();
    },
  };
  if (rnd(2)) opts.flush = function (cb) { L(`${id} _flush`); later(() => cb(null, om ? 'F' : 'ff')); };
  if (rnd(3) === 0) { opts.readableHighWaterMark = rnd(3); delete opts.highWaterMark; }
  if (rnd(3) === 0) opts.decodeStrings = false;
  const t = new Transform(opts);
  for (const ev of ['end', 'finish', 'close', 'prefinish', 'drain', 'error']) t.on(ev, () => L(`${id} ${ev} rlen=${t.readableLength} wlen=${t.writableLength}`));
  const consume = rnd(3);
  if (consume === 0) t.on('data', (d) => L(`${id} data ${str(d)}`));
  else if (consume === 1) t.on('readable', () => { let c; while ((c = t.read()) !== null) L(`${id} read ${str(c)}`); });
  else setImmediate(() => setImmediate(() => t.resume()));
  const n = 1 + rnd(6);
  let i = 0;
  function next() {
    if (i >= n) { const e = rnd(3); if (e === 0) t.end(); else if (e === 1) t.end(om ? 'E' : 'ee', () => L(`${id} end cb`)); else later(() => t.end()); return; }
    const v = om ? i : 'v' + i;
    L(`${id} write ${i} -> ${t.write(v, rnd(2) ? () => L(`${id} wcb ${v}`) : undefined)}`);
    i++;
    later(next);
  }
  next();
}
for (const s of [1, 6, 13, 21, 34, 55, 89]) {
  seed = s;
  for (let i = 0; i < 3; i++) tf(`s${s}t${i}`);
}
process.on('exit', () => console.log(log.join('\n')));
