// process.stdout / process.stderr as real Writable streams over a pipe (the runner's stdout and
// stderr are pipes): shape, writes with encodings and callbacks, cork/uncork, errors.
'use strict';
const { Writable, Readable, Duplex } = require('stream');
const net = require('net');
const util = require('util');
const fs = require('fs');

const log = (...a) => fs.writeSync(1, a.map((x) => (typeof x === 'string' ? x : util.inspect(x))).join(' ') + '\n');

for (const name of ['stdout', 'stderr']) {
  const s = process[name];
  log(name, s === process[name], s instanceof Writable, s instanceof Duplex, s instanceof net.Socket);
  log(name, s.constructor.name, s._type, s.fd, s.isTTY, s._isStdio, s.writable, s.readable);
  log(name, s.writableLength, s.writableHighWaterMark, s.writableObjectMode, s.writableEnded,
      s.writableFinished, s.destroyed, typeof s._handle, s._handle && s._handle.constructor.name);
  log(name, typeof s.destroySoon, typeof s.columns, typeof s.getColorDepth, typeof s.cursorTo);
}

const out = process.stdout;
const order = [];
out.write('plain\n');
out.write('68657820636861720a', 'hex', () => order.push('hex cb'));
out.write(Buffer.from('buffer\n'), () => order.push('buffer cb'));
out.write(new Uint8Array([117, 56, 10]), (err) => order.push('u8 cb ' + err));
out.write('caf\u00e9 latin1\n', 'latin1');
out.write('utf8 \u00e9\u20ac\n', 'utf8');
log('ret', out.write(''), out.writableLength);
out.cork();
out.write('corked 1\n', () => order.push('corked 1 cb'));
out.write('corked 2\n', () => order.push('corked 2 cb'));
log('corked length', out.writableLength, out.writableCorked);
out.uncork();
log('uncorked length', out.writableLength, out.writableCorked);
order.push('sync end');

for (const bad of [1, null, {}, true]) {
  try {
    out.write(bad);
  } catch (e) {
    log('write', util.inspect(bad), e.name, e.code, e.message);
  }
}
try {
  out.write('x', 'nope');
} catch (e) {
  log('encoding', e.name, e.code, e.message);
}

process.stderr.write('to stderr\n', () => order.push('stderr cb'));

process.nextTick(() => order.push('tick'));
setImmediate(() => {
  log(order.join(', '));
  // pipeline into stdout ends it.
  const { pipeline } = require('stream');
  pipeline(Readable.from(['p1\n', 'p2\n']), out, (err) => {
    log('pipeline done', err, out.writableEnded, out.destroyed);
    // The pipeline ended stdout (a shut-down pipe): later writes fail with EPIPE.
    out.write('after pipeline\n', (e) => log('after cb', e && e.code, e && e.syscall));
  });
});
