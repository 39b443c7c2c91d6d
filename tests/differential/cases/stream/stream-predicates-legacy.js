// The module shape: require('stream') is the legacy Stream constructor; its
// pipe() between plain emitters; isReadable/isWritable/isErrored/isDisturbed/
// isDestroyed; default high-water marks and setDefaultHighWaterMark; the
// readable/writable state getters on fresh and ended streams.
'use strict';
const stream = require('stream');
const EventEmitter = require('events');
const { Readable, Writable, Stream } = stream;

console.log(typeof stream, stream === Stream, Object.getPrototypeOf(stream) === EventEmitter,
  stream.Readable.prototype instanceof stream, new stream() instanceof EventEmitter);
console.log('promises same', stream.promises === require('stream/promises'),
  Object.keys(require('stream/promises')));

const legacy = new Stream();
legacy.readable = true;
const dest = new Stream();
dest.writable = true;
const chunks = [];
dest.write = (c) => { chunks.push(c); return true; };
dest.end = () => console.log('legacy dest end', chunks);
dest.on('pipe', (src) => console.log('legacy pipe event', src === legacy));
legacy.pipe(dest);
legacy.emit('data', 'one');
legacy.emit('data', 'two');
legacy.emit('end');

console.log('defaults', stream.getDefaultHighWaterMark(false), stream.getDefaultHighWaterMark(true));
stream.setDefaultHighWaterMark(false, 1024);
console.log('changed', new Readable().readableHighWaterMark, new Writable().writableHighWaterMark);
stream.setDefaultHighWaterMark(false, 65536);
try { stream.setDefaultHighWaterMark(true, -1); } catch (e) { console.log(e.code, e.message); }
console.log('object mode hwm', new Readable({ objectMode: true }).readableHighWaterMark);
try { new Readable({ highWaterMark: 'big' }); } catch (e) { console.log(e.code, e.message); }

const r = new Readable({ read() {} });
const w = new Writable({ write(c, e, cb) { cb(); } });
function state(label) {
  console.log(label,
    'isReadable', stream.isReadable(r), 'isWritable', stream.isWritable(w),
    'isErrored', stream.isErrored(r), stream.isErrored(w),
    'isDisturbed', stream.isDisturbed(r), 'isDestroyed', stream.isDestroyed(r), stream.isDestroyed(w));
  console.log(label, 'r', r.readable, r.readableEnded, r.readableFlowing, r.readableLength,
    r.readableObjectMode, r.readableDidRead, r.readableAborted, r.destroyed, r.closed, r.errored && r.errored.message);
  console.log(label, 'w', w.writable, w.writableEnded, w.writableFinished, w.writableLength,
    w.writableNeedDrain, w.writableCorked, w.writableAborted, w.destroyed, w.closed, w.errored && w.errored.message);
}
state('fresh');
r.push('x');
r.read();
w.end();
state('used');
r.destroy(new Error('e'));
r.on('error', () => {});
w.on('finish', () => state('finished'));
console.log('non-streams', stream.isReadable({}), stream.isWritable(null), stream.isDestroyed('x'),
  stream.isErrored({}), stream.isDisturbed({}));
