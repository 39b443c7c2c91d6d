// Readable#wrap over an old-style emitter stream (pause/resume driven by
// backpressure, 'end' and 'close' forwarded), Readable.wrap, stream.destroy()
// on streams and plain emitters, multiple pipe destinations with unpipe(),
// and piping into a Writable that errors.
'use strict';
const EventEmitter = require('events');
const stream = require('stream');
const { Readable, Writable, PassThrough } = stream;

const old = new EventEmitter();
const calls = [];
old.pause = () => calls.push('old pause');
old.resume = () => calls.push('old resume');
const wrapped = new Readable({ highWaterMark: 2, objectMode: true }).wrap(old);
const got = [];
wrapped.on('data', (d) => got.push(d));
wrapped.on('end', () => {
  console.log('wrap got', got, calls);
  part2();
});
old.emit('data', 'a');
old.emit('data', 'b');
old.emit('data', 'c');
setImmediate(() => {
  old.emit('data', 'd');
  old.emit('end');
});

function part2() {
  const emitter = new EventEmitter();
  const w2 = Readable.wrap(emitter);
  console.log('Readable.wrap objectMode', w2.readableObjectMode);
  w2.on('data', (d) => console.log('static wrap data', d));
  emitter.emit('data', { x: 1 });
  w2.on('close', () => console.log('static wrap closed'));
  emitter.emit('close');

  const p = new PassThrough();
  p.on('close', () => console.log('destroy() on stream', p.destroyed));
  p.on('error', (e) => console.log('destroy() on stream error', e.name, e.code));
  stream.destroy(p);
  const plain = new EventEmitter();
  plain.on('close', () => console.log('destroy() plain emitter close'));
  plain.on('error', (e) => console.log('destroy() plain emitter error', e.name));
  stream.destroy(plain);

  const src = new PassThrough({ objectMode: true });
  const outs = [[], []];
  const dests = outs.map((arr) => new Writable({
    objectMode: true, write(c, e, cb) { arr.push(c); cb(); },
  }));
  dests.forEach((d, i) => d.on('unpipe', () => outs[i].push('unpiped')));
  src.pipe(dests[0]);
  src.pipe(dests[1]);
  src.write(1);
  setImmediate(() => {
    src.unpipe(dests[0]);
    src.write(2);
    setImmediate(() => {
      src.unpipe();
      src.write(3);
      setImmediate(() => {
        console.log('multi pipe', JSON.stringify(outs), 'flowing', src.readableFlowing);
        part3();
      });
    });
  });
}

function part3() {
  const src = new PassThrough();
  const bad = new Writable({ write(c, e, cb) { cb(new Error('dest failed')); } });
  bad.on('error', (e) => console.log('dest error', e.message));
  bad.on('unpipe', () => console.log('unpiped after error'));
  src.pipe(bad);
  src.write('x');
}
