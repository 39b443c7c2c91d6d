// Writable error paths: write after end (ERR_STREAM_WRITE_AFTER_END), write
// after destroy (ERR_STREAM_DESTROYED), write(null) (ERR_STREAM_NULL_VALUES),
// callback called twice (ERR_MULTIPLE_CALLBACK), a bad chunk type, a _write
// error, missing _write (ERR_METHOD_NOT_IMPLEMENTED), end after finish.
'use strict';
const { Writable } = require('stream');

function show(label, e) {
  console.log(label, e && e.name, e && e.code, e && e.message);
}

const w1 = new Writable({ write(c, e, cb) { cb(); } });
w1.on('error', (e) => show('w1 error', e));
w1.on('close', () => console.log('w1 close', w1.errored && w1.errored.code));
w1.end();
console.log('w1 write ret', w1.write('x', (e) => show('w1 write cb', e)));

const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.on('error', (e) => show('w2 error', e));
w2.destroy();
console.log('w2 write ret', w2.write('x', (e) => show('w2 write cb', e)));

try { new Writable().write(null); } catch (e) { show('null', e); }
try { new Writable().write(5); } catch (e) { show('number', e); }
try { new Writable().write({}); } catch (e) { show('object', e); }
try { new Writable().write('a', 'bogus'); } catch (e) { show('encoding', e); }

const w3 = new Writable({ write(c, e, cb) { cb(); cb(); } });
w3.on('error', (e) => show('w3 error', e));
w3.write('a');

const w4 = new Writable({ write(c, e, cb) { cb(new Error('boom')); } });
w4.on('error', (e) => show('w4 error', e));
w4.on('close', () => console.log('w4 close destroyed', w4.destroyed));
w4.write('a', (e) => show('w4 write cb', e));

const w5 = new Writable();
try { w5.write('a'); } catch (e) { show('no _write', e); }

const w6 = new Writable({ write(c, e, cb) { cb(); } });
w6.end();
w6.on('finish', () => w6.end((e) => show('w6 end after finish', e)));

const w7 = new Writable({ objectMode: true, write(c, e, cb) { console.log('w7 chunk', c); cb(); } });
w7.write({ a: 1 });
w7.write(0);
try { w7.write(null); } catch (e) { show('w7 null', e); }
