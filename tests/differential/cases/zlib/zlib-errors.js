// zlib errors as Node 26 reports them: corrupt or truncated input (Z_DATA_ERROR /
// Z_BUF_ERROR with errno, code and zlib's message, sync, callback and stream forms), gzip
// members and trailing bytes, and option validation (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE,
// ERR_BROTLI_INVALID_PARAM).
'use strict';
const zlib = require('zlib');

function show(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', Buffer.isBuffer(r) ? r.toString() : r);
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, JSON.stringify(e.message), Object.keys(e));
  }
}

const good = zlib.deflateSync('hello');
show('gunzip text', () => zlib.gunzipSync(Buffer.from('hello')));
show('inflate text', () => zlib.inflateSync(Buffer.from('hello')));
show('inflate truncated', () => zlib.inflateSync(good.subarray(0, 5)));
show('inflate empty', () => zlib.inflateSync(Buffer.alloc(0)));
show('inflateRaw bad block', () => zlib.inflateRawSync(Buffer.from([0xff, 0xff])));
show('brotli garbage', () => zlib.brotliDecompressSync(Buffer.from('hellohello')));
show('brotli truncated', () => zlib.brotliDecompressSync(zlib.brotliCompressSync('hello').subarray(0, 3)));
show('inflate trailing', () => zlib.inflateSync(Buffer.concat([good, Buffer.from('xyz')])));

const g = zlib.gzipSync('ab');
for (const tail of [[0, 0, 0], [0x1f], [0x1f, 0x8b], [0x67], [0x1f, 0x00], [0x41, 0x42, 0x43, 0x44]]) {
  show(`gunzip tail ${tail}`, () => zlib.gunzipSync(Buffer.concat([g, Buffer.from(tail)])));
  show(`unzip tail ${tail}`, () => zlib.unzipSync(Buffer.concat([g, Buffer.from(tail)])));
}
show('two members', () => zlib.gunzipSync(Buffer.concat([zlib.gzipSync('one,'), zlib.gzipSync('two')])));

show('sync number', () => zlib.gzipSync(1));
show('sync object', () => zlib.deflateSync({}));
show('async number', () => zlib.gzip(1, () => {}));
show('async no callback', () => zlib.gzip('x'));
show('level 10', () => zlib.createGzip({ level: 10 }));
show('level -2', () => zlib.deflateSync('x', { level: -2 }));
show('level string', () => zlib.deflateSync('x', { level: '1' }));
show('level NaN', () => zlib.deflateSync('x', { level: NaN }).length > 0);
show('level Infinity', () => zlib.deflateSync('x', { level: Infinity }));
show('chunkSize 10', () => zlib.createGzip({ chunkSize: 10 }));
show('windowBits 8 gzip', () => zlib.createGzip({ windowBits: 8 }));
show('windowBits 16', () => zlib.createDeflate({ windowBits: 16 }));
show('memLevel 10', () => zlib.createDeflate({ memLevel: 10 }));
show('strategy 5', () => zlib.createDeflate({ strategy: 5 }));
show('strategy string', () => zlib.createGzip({ strategy: 'x' }));
show('flush 6', () => zlib.createGzip({ flush: 6 }));
show('finishFlush -1', () => zlib.createGzip({ finishFlush: -1 }));
show('brotli flush 4', () => zlib.createBrotliCompress({ flush: 4 }));
show('dictionary string', () => zlib.createDeflate({ dictionary: 'abc' }));
show('brotli param 99', () => zlib.createBrotliCompress({ params: { 99: 1 } }));
show('brotli param x', () => zlib.createBrotliCompress({ params: { x: 1 } }));
show('brotli param value', () => zlib.createBrotliCompress({ params: { 1: 'x' } }));
show('crc32 number', () => zlib.crc32(1));
show('crc32 value', () => zlib.crc32('x', -1));
show('maxOutputLength 0', () => zlib.createGzip({ maxOutputLength: 0 }));

zlib.gunzip(Buffer.from('abc'), (e, r) => {
  console.log('cb gunzip', e.name, e.code, e.errno, e.message, Object.keys(e), r);
  zlib.inflate(good.subarray(0, 4), (e2) => {
    console.log('cb inflate truncated', e2.code, e2.errno, e2.message);
    const s = zlib.createInflate();
    s.on('error', (e3) => console.log('stream error', e3.code, e3.errno, e3.message, s.destroyed));
    s.on('close', () => {
      console.log('stream close');
      zlib.gunzip(zeros, { maxOutputLength: 1000 }, (e4, r) => {
        console.log('maxOutputLength async', e4.name, e4.code, e4.message, r);
      });
    });
    s.end(Buffer.from('not deflate'));
  });
});

// maxOutputLength: sync throws, async reports ERR_BUFFER_TOO_LARGE.
const zeros = zlib.gzipSync(Buffer.alloc(100000));
show('maxOutputLength sync', () => zlib.gunzipSync(zeros, { maxOutputLength: 1000 }));
show('maxOutputLength exact', () => zlib.gunzipSync(zeros, { maxOutputLength: 100000 }).length);
