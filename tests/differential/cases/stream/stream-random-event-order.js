// Seeded pseudo-random scenarios over Readable (paused, flowing, piped, async
// iterated, with unshift/read(n)/setEncoding/destroy), Writable (cork, writev,
// final, sync and async callbacks), Transform and Duplex (half-open), all
// running interleaved: the whole event log (timing relative to ticks and
// immediates included) must match Node's. Only nextTick/setImmediate are used
// for asynchrony so the order is deterministic.
'use strict';
const { Readable, Writable, Transform, PassThrough, Duplex, pipeline, finished } = require('stream');

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

function scenario(id) {
  const objectMode = rnd(2) === 0;
  const hwm = [0, 1, 2, 3, 5, 16][rnd(6)];
  const chunks = [];
  const nChunks = rnd(6);
  for (let i = 0; i < nChunks; i++) chunks.push(objectMode ? i : 'c' + i + 'x'.repeat(rnd(4)));
  const asyncRead = rnd(3);
  const r = new Readable({
    objectMode, highWaterMark: hwm,
    read(n) {
      L(`${id} _read`);
      const push = () => {
        const c = chunks.shift();
        const ret = this.push(c === undefined ? null : c);
        L(`${id} push ${c === undefined ? 'null' : c} -> ${ret}`);
      };
      if (asyncRead === 0) push();
      else if (asyncRead === 1) process.nextTick(push);
      else setImmediate(push);
    },
  });
  for (const ev of ['end', 'close', 'pause', 'resume', 'error']) r.on(ev, () => L(`${id} r ${ev}`));
  const mode = rnd(5);
  if (mode === 0) {
    r.on('data', (d) => L(`${id} data ${str(d)} len=${r.readableLength}`));
  } else if (mode === 1) {
    r.on('readable', () => {
      L(`${id} readable len=${r.readableLength}`);
      let c;
      while ((c = r.read()) !== null) L(`${id} read ${str(c)}`);
    });
  } else if (mode === 2) {
    const wh = [1, 2, 4, 16][rnd(4)];
    const slow = rnd(2);
    const w = new Writable({
      objectMode, highWaterMark: wh,
      write(c, e, cb) {
        L(`${id} w write ${str(c)} wlen=${this.writableLength}`);
        if (slow) setImmediate(cb); else cb();
      },
    });
    for (const ev of ['finish', 'close', 'drain', 'pipe', 'unpipe', 'prefinish']) w.on(ev, () => L(`${id} w ${ev}`));
    r.pipe(w);
  } else if (mode === 3) {
    const t = new Transform({
      objectMode, highWaterMark: [1, 2, 16][rnd(3)],
      transform(c, e, cb) {
        L(`${id} t transform ${str(c)}`);
        if (rnd(2)) cb(null, c); else process.nextTick(cb, null, c);
      },
      flush(cb) { L(`${id} t flush`); cb(); },
    });
    for (const ev of ['finish', 'close', 'end', 'prefinish']) t.on(ev, () => L(`${id} t ${ev}`));
    t.on('data', (d) => L(`${id} t data ${str(d)}`));
    r.pipe(t);
  } else {
    (async () => {
      for await (const c of r) {
        L(`${id} iter ${str(c)}`);
        if (rnd(4) === 0) await null;
      }
      L(`${id} iter done`);
    })();
  }
  if (rnd(3) === 0) setImmediate(() => { L(`${id} pause`); r.pause(); setImmediate(() => { L(`${id} resume`); r.resume(); }); });
}

function wscenario(id) {
  const objectMode = rnd(2) === 0;
  const hwm = [0, 1, 3, 8][rnd(4)];
  const mode = rnd(3);
  const hasWritev = rnd(2) === 0;
  const opts = {
    objectMode, highWaterMark: hwm,
    write(c, e, cb) {
      L(`${id} _write ${str(c)} ${e}`);
      if (mode === 0) cb(); else if (mode === 1) process.nextTick(cb); else setImmediate(cb);
    },
  };
  if (hasWritev) opts.writev = function (chunks, cb) { L(`${id} _writev ${chunks.length}`); if (mode === 0) cb(); else setImmediate(cb); };
  if (rnd(2)) opts.final = function (cb) { L(`${id} _final`); if (rnd(2)) cb(); else setImmediate(cb); };
  const w = new Writable(opts);
  for (const ev of ['finish', 'close', 'drain', 'prefinish', 'error']) w.on(ev, () => L(`${id} w ${ev} len=${w.writableLength}`));
  const n = rnd(6);
  for (let i = 0; i < n; i++) {
    const op = rnd(6);
    if (op === 0) { w.cork(); L(`${id} cork`); }
    else if (op === 1) { w.uncork(); L(`${id} uncork`); }
    else {
      const cbk = rnd(2) ? () => L(`${id} cb ${i}`) : undefined;
      L(`${id} write ${i} -> ${w.write(objectMode ? i : 'w' + i, cbk)} needDrain=${w.writableNeedDrain}`);
    }
  }
  const end = rnd(3);
  if (end === 0) w.end(() => L(`${id} end cb`));
  else if (end === 1) setImmediate(() => w.end('last', () => L(`${id} end cb`)));
}

function rs(id) {
  const hwm = [1, 4, 8, 64][rnd(4)];
  const chunks = [];
  for (let i = rnd(6); i > 0; i--) chunks.push('abcdefghij'.slice(0, 1 + rnd(9)));
  const enc = rnd(3) === 0;
  const timing = rnd(3);
  const r = new Readable({
    highWaterMark: hwm, emitClose: rnd(4) !== 0, autoDestroy: rnd(4) !== 0,
    read() {
      const go = () => { const c = chunks.shift(); L(`${id} push ${c} -> ${this.push(c === undefined ? null : c)}`); };
      if (timing === 0) go(); else if (timing === 1) process.nextTick(go); else setImmediate(go);
    },
  });
  if (enc) r.setEncoding('utf8');
  for (const ev of ['end', 'close', 'pause', 'resume', 'error']) r.on(ev, (e) => L(`${id} ${ev}${e ? ' ' + e.message : ''}`));
  const mode = rnd(4);
  if (mode === 0) {
    r.on('readable', () => {
      const n = [undefined, 1, 3, 100][rnd(4)];
      let c;
      while ((c = r.read(n)) !== null) {
        L(`${id} read(${n}) ${str(c)} left=${r.readableLength}`);
        if (rnd(5) === 0) { r.unshift(typeof c === 'string' ? c.slice(0, 1) : c.subarray(0, 1)); L(`${id} unshift`); break; }
      }
    });
  } else if (mode === 1) {
    r.on('data', (d) => { L(`${id} data ${str(d)}`); if (rnd(6) === 0) { r.pause(); setImmediate(() => r.resume()); } });
  } else if (mode === 2) {
    const w = new Writable({ highWaterMark: [1, 5, 16][rnd(3)], write(c, e, cb) { L(`${id} w ${str(c)}`); if (rnd(2)) cb(); else setImmediate(cb); } });
    pipeline(r, new PassThrough({ highWaterMark: [1, 3][rnd(2)] }), w, (err) => L(`${id} pipeline ${err && err.code}`));
  } else {
    finished(r, (err) => L(`${id} finished ${err && err.code}`));
    r.resume();
  }
  if (rnd(4) === 0) { const k = rnd(3); const go = (n) => n ? setImmediate(go, n - 1) : (L(`${id} destroy`), r.destroy(rnd(2) ? new Error("x") : undefined)); go(k); }
}

function ds(id) {
  const d = new Duplex({
    allowHalfOpen: rnd(2) === 0, objectMode: true,
    read() {},
    write(c, e, cb) { L(`${id} write ${c}`); if (rnd(2)) cb(); else process.nextTick(cb); },
    final(cb) { L(`${id} final`); setImmediate(cb); },
  });
  for (const ev of ['end', 'finish', 'close', 'prefinish', 'error']) d.on(ev, () => L(`${id} ${ev} r=${d.readable} w=${d.writable}`));
  d.on('data', (x) => L(`${id} data ${x}`));
  const ops = rnd(5) + 1;
  for (let i = 0; i < ops; i++) {
    const op = rnd(5);
    if (op === 0) d.push(i);
    else if (op === 1) d.write(i);
    else if (op === 2) { d.push(null); }
    else if (op === 3) setImmediate(() => d.end());
    else process.nextTick(() => d.write(i + 100, () => L(`${id} wcb`)));
  }
}

const seeds = [3, 7, 11, 40, 49, 58];
for (const s of seeds) {
  seed = s;
  for (let i = 0; i < 3; i++) scenario(`s${s}r${i}`);
  for (let i = 0; i < 3; i++) wscenario(`s${s}w${i}`);
  for (let i = 0; i < 3; i++) rs(`s${s}b${i}`);
  for (let i = 0; i < 2; i++) ds(`s${s}d${i}`);
}
process.on('exit', () => console.log(log.join('\n')));
