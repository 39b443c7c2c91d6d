// pipeline() argument errors (missing callback, too few streams, bad return
// values), a source error destroying the destination, finished() on an already
// finished stream, finished() options (readable:false, error:false) and its
// cleanup function.
'use strict';
const { pipeline, Readable, Writable, PassThrough, finished } = require('stream');

for (const fn of [
  () => pipeline(new PassThrough(), new PassThrough()),
  () => pipeline(new PassThrough(), () => {}),
  () => pipeline([new PassThrough()], () => {}),
  () => pipeline(() => 5, new PassThrough(), () => {}),
  () => pipeline(Readable.from([1]), () => 7, new PassThrough(), () => {}),
  () => finished({}, () => {}),
  () => finished(new PassThrough(), 'x', () => {}),
  () => finished(new PassThrough()),
]) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}

const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(); } });
dst.on('close', () => console.log('dst closed', dst.destroyed, dst.errored && dst.errored.message));
pipeline(src, dst, (err) => {
  console.log('pipeline err', err && err.message);
  part2();
});
src.push('x');
setTimeout(() => src.destroy(new Error('source failed')), 2);

function part2() {
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.end();
  w.on('finish', () => {
    setTimeout(() => {
      finished(w, (err) => console.log('late finished', err));
      const r = new PassThrough();
      finished(r, { readable: false }, (err) => console.log('writable-only finished', err));
      r.end('zzz');
      const e = new PassThrough();
      const cleanup = finished(e, { error: false }, (err) => console.log('error:false cb', err && err.message));
      e.on('error', (er) => console.log('own error listener', er.message));
      e.destroy(new Error('boom'));
      const c = new PassThrough();
      const stop = finished(c, () => console.log('never'));
      stop();
      c.destroy();
      console.log('cleanup fn', typeof cleanup);
    }, 2);
  });
}
