// util.inspect of ReadableState and WritableState through a stream's life:
// Node 26 keeps the flags in one kState number plus a few own fields, so the
// printed shape and the kState values pin down every flag transition. Also the
// public state fields read through their accessors.
'use strict';
const util = require('util');
const { Readable, Writable, PassThrough } = require('stream');

const show = (label, st) => console.log(label, util.inspect(st, { depth: 0, breakLength: 200 }));

const r = new Readable({ read() {} });
show('fresh readable', r._readableState);
r.push('abc');
show('after push', r._readableState);
r.setEncoding('utf8');
r.pause();
show('encoding + paused', r._readableState);
console.log('fields', r._readableState.flowing, r._readableState.paused, r._readableState.encoding,
  r._readableState.defaultEncoding, r._readableState.objectMode, r._readableState.pipesCount);

const w = new Writable({ highWaterMark: 2, write(c, e, cb) { setImmediate(cb); } });
show('fresh writable', w._writableState);
w.write('aa', () => {});
w.write('bb');
w.cork();
w.write('cc', () => {});
show('writing + corked', w._writableState);
console.log('fields', w._writableState.writing, w._writableState.needDrain, w._writableState.corked,
  w._writableState.bufferedRequestCount, w._writableState.getBuffer().length,
  w._writableState.writable, w._writableState.defaultEncoding);
w.end(() => show('after end cb', w._writableState));

const p = new PassThrough({ objectMode: true, defaultEncoding: 'latin1' });
p.on('data', () => {});
p.write(1);
setImmediate(() => {
  show('passthrough readable', p._readableState);
  show('passthrough writable', p._writableState);
  p.destroy(new Error('stop'));
  p.on('error', () => {});
  p.on('close', () => {
    console.log('destroyed flags', p._readableState.destroyed, p._writableState.destroyed,
      p._readableState.closed, p._writableState.errored.message);
    r.destroy();
    r.on('close', () => show('destroyed readable', r._readableState));
  });
});
