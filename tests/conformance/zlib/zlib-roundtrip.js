// zlib: every compressor's output decompresses to the input (sync, callback and stream
// forms agree), streams Node 26 produced decode to their known text, and the callback runs
// in a tick triggered by the call's ZLIB resource (whose trigger is the top level).
'use strict';
const { check, equal, throws, mustCall, trace } = require('../common.js');
const zlib = require('zlib');
const { executionAsyncId } = require('async_hooks');

const t = trace({ types: ['ZLIB', 'TickObject'] });
const input = Buffer.from('conformance '.repeat(500));

for (const [c, d] of [['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'],
  ['brotliCompress', 'brotliDecompress'], ['gzip', 'unzip']]) {
  check(`${c}/${d} sync round trip`, zlib[`${d}Sync`](zlib[`${c}Sync`](input)).equals(input));
}

// Made by Node 26: zlib.gzipSync('hello node'), deflateSync('hello node', {level: 9}).
const fixtures = {
  gzip: '1f8b0800000000000003cb48cdc9c957c8cb4f490500aede44600a000000',
  deflate: '78dacb48cdc9c957c8cb4f490500156703db',
};
equal('Node gzip fixture', zlib.gunzipSync(Buffer.from(fixtures.gzip, 'hex')).toString(), 'hello node');
equal('Node deflate fixture', zlib.inflateSync(Buffer.from(fixtures.deflate, 'hex')).toString(), 'hello node');

throws('corrupt gzip', () => zlib.gunzipSync(Buffer.from('not gzip')),
       { code: 'Z_DATA_ERROR', errno: -3, message: 'incorrect header check' });
throws('truncated deflate', () => zlib.inflateSync(zlib.deflateSync(input).subarray(0, 10)),
       { code: 'Z_BUF_ERROR', errno: -5, message: 'unexpected end of file' });
throws('bad level', () => zlib.createDeflate({ level: 42 }), { code: 'ERR_OUT_OF_RANGE' });

zlib.gzip(input, mustCall('gzip callback', (err, buf) => {
  check('gzip callback no error', err === null);
  const zlibInits = t.ofType('ZLIB').filter((e) => e.event === 'init');
  check('one ZLIB per call so far', zlibInits.length >= 1);
  const tick = t.events.find((e) => e.event === 'init' && e.id === executionAsyncId());
  check('callback tick triggered by the ZLIB resource',
        tick && zlibInits.some((e) => e.id === tick.trigger));
  check('ZLIB trigger is the top level', zlibInits[0].trigger === 1);
  zlib.gunzip(buf, mustCall('gunzip callback', (err2, back) => {
    check('callback round trip', err2 === null && back.equals(input));
  }));
}));

const gz = zlib.createGzip({ chunkSize: 128 });
const gun = zlib.createGunzip();
const parts = [];
gun.on('data', (d) => parts.push(d));
gun.on('end', mustCall('stream end', () => {
  check('stream round trip', Buffer.concat(parts).equals(input));
}));
gz.pipe(gun);
gz.end(input);
