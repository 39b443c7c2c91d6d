// finished() callbacks run in the AsyncLocalStorage context of the finished()
// call (Node's STREAM_END_OF_STREAM resource), even when the stream ends from
// another context; an already finished stream calls back on the next tick.
'use strict';
const { AsyncLocalStorage } = require('async_hooks');
const { PassThrough, Writable, finished } = require('stream');

const als = new AsyncLocalStorage();
const s = new PassThrough();
als.run('caller', () => {
  finished(s, (err) => console.log('finished store', als.getStore(), err));
});
als.run('ender', () => {
  setTimeout(() => {
    s.resume();
    s.end('x');
  }, 2);
});

const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
w.on('finish', () => {
  setTimeout(() => {
    const order = [];
    als.run('late', () => {
      finished(w, (err) => order.push(`cb ${als.getStore()} ${err}`));
    });
    process.nextTick(() => order.push('tick'));
    setImmediate(() => console.log(order.join(', ')));
  }, 5);
});
