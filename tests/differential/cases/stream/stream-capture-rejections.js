// captureRejections: a rejected async 'data' listener destroys the stream with
// that error ('error' then 'close'), for Readable and Writable alike.
'use strict';
const { Readable, Writable } = require('stream');
const r = new Readable({ captureRejections: true, read() {} });
r.on('data', async () => { throw new Error('async handler'); });
r.on('error', (e) => console.log('error', e.message, r.destroyed));
r.on('close', () => console.log('close'));
r.push('x');
const w = new Writable({ captureRejections: true, write(c, e, cb) { cb(); } });
w.on('finish', async () => { throw new Error('async finish'); });
w.on('error', (e) => console.log('w error', e.message, w.destroyed));
w.on('close', () => console.log('w close'));
w.end('y');
