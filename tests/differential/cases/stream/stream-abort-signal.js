// addAbortSignal() and the signal option: abort destroys the stream with an
// AbortError whose cause is the reason; an already aborted signal destroys at
// once; invalid arguments; finished() with a signal; pipeline with a signal.
'use strict';
const { addAbortSignal, Readable, Writable, finished, PassThrough } = require('stream');
const { pipeline } = require('stream/promises');

const ac = new AbortController();
const r = addAbortSignal(ac.signal, new Readable({ read() {} }));
r.on('error', (e) => console.log('r error', e.name, e.code, e.message, 'cause', e.cause));
r.on('close', () => console.log('r close', r.destroyed));
ac.abort('because');

const pre = AbortSignal.abort();
const w = new Writable({ signal: pre, write(c, e, cb) { cb(); } });
console.log('pre-aborted destroyed', w.destroyed);
w.on('error', (e) => console.log('w error', e.name, e.cause && e.cause.name));

try { addAbortSignal('nope', new Readable()); } catch (e) { console.log(e.code, e.message); }
try { addAbortSignal(new AbortController().signal, {}); } catch (e) { console.log(e.code, e.message); }

const ac2 = new AbortController();
const s = new PassThrough();
finished(s, { signal: ac2.signal }, (err) => {
  console.log('finished cb', err && err.name, 'destroyed', s.destroyed);
});
ac2.abort();

const ac3 = new AbortController();
const src = new Readable({ read() {} });
src.push('data');
pipeline(src, new PassThrough(), { signal: ac3.signal }).catch((e) => {
  console.log('pipeline rejected', e.name, e.code, 'src destroyed', src.destroyed);
});
setTimeout(() => ac3.abort(), 5);
