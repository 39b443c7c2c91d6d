// zlib Transform streams: data event sizes follow chunkSize, write/end with callbacks,
// flush() with Z_SYNC_FLUSH producing decodable partial output, params() changing level
// mid-stream, pipe chains, bytesWritten, reset(), close() and the util.promisify forms.
'use strict';
const zlib = require('zlib');
const util = require('util');
const { pipeline, PassThrough } = require('stream');

const text = Buffer.from('abcdefghij'.repeat(5000));
const steps = [];

function collect(stream, cb) {
  const sizes = [];
  const parts = [];
  stream.on('data', (d) => { sizes.push(d.length); parts.push(d); });
  stream.on('end', () => cb(sizes, Buffer.concat(parts)));
}

steps.push((next) => {
  const inf = zlib.createInflate({ chunkSize: 1024 });
  collect(inf, (sizes, out) => {
    console.log('inflate chunks', sizes.length, sizes.slice(0, 3), sizes.at(-1), out.equals(text));
    next();
  });
  inf.end(zlib.deflateSync(text));
});

steps.push((next) => {
  const gz = zlib.createGzip();
  const gun = zlib.createGunzip();
  collect(gun, (sizes, out) => {
    console.log('pipe', out.equals(text), gz.bytesWritten, gun.bytesWritten > 0);
    next();
  });
  gz.pipe(gun);
  for (let i = 0; i < 10; i++) gz.write(text.subarray(i * 5000, (i + 1) * 5000));
  gz.end();
});

steps.push((next) => {
  const d = zlib.createDeflate();
  const chunks = [];
  d.on('data', (c) => chunks.push(c));
  d.write('partial data');
  d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
    const soFar = Buffer.concat(chunks);
    const last4 = soFar.subarray(-4).toString('hex');
    console.log('sync flush marker', last4);
    console.log('partial decode', zlib.inflateSync(soFar, { finishFlush: zlib.constants.Z_SYNC_FLUSH }).toString());
    d.end();
    d.on('end', () => {
      console.log('after end', zlib.inflateSync(Buffer.concat(chunks)).toString());
      next();
    });
  });
});

steps.push((next) => {
  const d = zlib.createDeflate({ level: 1 });
  const chunks = [];
  d.on('data', (c) => chunks.push(c));
  d.write(text.subarray(0, 20000));
  d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
    console.log('params applied', d._level, d._strategy);
    d.end(text.subarray(20000));
  });
  d.on('end', () => {
    console.log('params round trip', zlib.inflateSync(Buffer.concat(chunks)).equals(text));
    next();
  });
});

steps.push((next) => {
  const b = zlib.createBrotliCompress();
  const chunks = [];
  b.on('data', (c) => chunks.push(c));
  b.write('brotli ');
  b.flush(() => {
    console.log('brotli flush decodes', zlib.brotliDecompressSync(Buffer.concat(chunks), {
      finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }).toString());
    b.end('stream');
  });
  b.on('end', () => {
    console.log('brotli stream', zlib.brotliDecompressSync(Buffer.concat(chunks)).toString());
    next();
  });
});

steps.push((next) => {
  pipeline(zlib.createGzip(), zlib.createGunzip(), new PassThrough(), (err) => {
    console.log('pipeline empty', err);
    next();
  }).resume();
});

steps.push((next) => {
  const g = zlib.createGzip();
  console.log('closed before', g._closed, typeof g._handle);
  g.close(() => {
    console.log('close cb', g._closed, g.destroyed, g._handle);
    next();
  });
});

steps.push((next) => {
  const inf = zlib.createInflate();
  const out = [];
  inf.on('data', (c) => out.push(c));
  inf.write(zlib.deflateSync('first'), () => {
    inf.reset();
    inf.end(zlib.deflateSync('second'));
  });
  inf.on('end', () => {
    console.log('reset', Buffer.concat(out).toString());
    next();
  });
});

steps.push((next) => {
  const gz = util.promisify(zlib.gzip);
  const gun = util.promisify(zlib.gunzip);
  const br = util.promisify(zlib.brotliCompress);
  const unbr = util.promisify(zlib.brotliDecompress);
  gz('promised').then(gun).then((b) => {
    console.log('promisify gzip', b.toString());
    return br('promised brotli').then(unbr);
  }).then((b) => {
    console.log('promisify brotli', b.toString());
    return util.promisify(zlib.inflate)(Buffer.from('bad'));
  }).catch((e) => {
    console.log('promisify error', e.code, e.message);
    next();
  });
});

steps.push((next) => {
  zlib.deflate('opts form', { level: 9 }, (err, b) => {
    console.log('opts cb', err, zlib.inflateSync(b).toString());
    zlib.gzip(new Uint16Array([0x6f6b]), (err2, b2) => {
      console.log('u16 cb', err2, zlib.gunzipSync(b2).toString());
      next();
    });
  });
});

let i = 0;
(function run() {
  const step = steps[i++];
  if (step) step(run);
  else console.log('done');
})();
