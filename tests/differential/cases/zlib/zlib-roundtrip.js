// zlib round trips for every format and the main options (level, windowBits, memLevel,
// strategy, dictionary, brotli params), and decompression of streams Node itself produced
// (fixtures below were made by Node 26; weft's compressed bytes may differ from Node's, so the
// case prints decompressed results, never compressed bytes, except for tiny fixed inputs).
'use strict';
const zlib = require('zlib');
const { constants: C } = zlib;

const text = 'The quick brown fox jumps over the lazy dog. '.repeat(40) + '0123456789'.repeat(30);
const input = Buffer.from(text);
const dict = Buffer.from('quick brown fox lazy dog');
const fixtures = {
 "gzip": "H4sIAAAAAAAAAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFTxqOJRxaOKh5diA0MjYxNTM3MLy1EWIRYAv4XdyTQIAAA=",
 "gzip9": "H4sIAAAAAAACAwvJSFUoLM1MzlZIKsovz1NIy69QyCrNLShWyC9LLVIoyUhVyEmsqlRIyU/XUwgZVTyqeFTxqOJRxaOKh5diA0MjYxNTM3MLy1EWIRYAv4XdyTQIAAA=",
 "deflate": "eJwLyUhVKCzNTM5WSCrKL89TSMuvUMgqzS0oVsgvSy1SKMlIVchJrKpUSMlP11MIGVU8qnhU8ajiUcWjioeXYgNDI2MTUzNzC8tRFiEWAP1pw70=",
 "deflateRaw": "C8lIVSgszUzOVkgqyi/PU0jLr1DIKs0tKFbIL0stUijJSFXISayqVEjJT9dTCBlVPKp4VPGo4lHFo4qHl2IDQyNjE1MzcwvLURYhFgA=",
 "deflateDict": "eLtypQkNC8lIVShEk8sqzS0oVsgvSy1SKMlIhSvVUxhVPKp4VPGo4lHFo4qHmWIDQyNjE1MzcwvLURYhFgD9acO9",
 "brotli": "GzMIiIyUqOPbCJUOYR6SPlAuHUu8gBNqlVFhb+CQA4cL3AsJ24pVZ0AnnNbV6ThRxkvwEJxKt/9op6AHV411PsSUCwA=",
 "brotliQ4": "GzMIAMSoa6QLdBMtfiD9HW0KVAMaqKcLXeHbghy8i7gvz4y6vOivaT2w3GV/YJxKx/B/yEtDIASXMi6k0sY6Ag==",
 "twoMembers": "H4sIAAAAAAAAA0vLLCousQYAELOUlgYAAAAfiwgAAAAAAAADK05Nzs9LAQBpER+2BgAAAA=="
};

const pairs = [
  ['gzip', 'gunzip'], ['deflate', 'inflate'], ['deflateRaw', 'inflateRaw'],
  ['gzip', 'unzip'], ['deflate', 'unzip'], ['brotliCompress', 'brotliDecompress'],
];
for (const [c, d] of pairs) {
  const z = zlib[`${c}Sync`](input);
  const back = zlib[`${d}Sync`](z);
  console.log(c, d, 'smaller:', z.length < input.length, 'equal:', back.equals(input));
}

const optionSets = [
  { level: 0 }, { level: 1 }, { level: 9 }, { level: -1 }, { windowBits: 9 }, { windowBits: 12 },
  { memLevel: 1 }, { memLevel: 9 }, { strategy: C.Z_FILTERED }, { strategy: C.Z_HUFFMAN_ONLY },
  { strategy: C.Z_RLE }, { strategy: C.Z_FIXED }, { chunkSize: 64 }, { level: 3, memLevel: 2 },
];
for (const opts of optionSets) {
  const results = [];
  for (const [c, d] of [['deflate', 'inflate'], ['gzip', 'gunzip'], ['deflateRaw', 'inflateRaw']]) {
    const z = zlib[`${c}Sync`](input, opts);
    results.push(zlib[`${d}Sync`](z, opts).equals(input));
  }
  console.log(JSON.stringify(opts), results.join(','));
}

// Level 0 stores: the size is fixed by the format.
console.log('stored deflate length', zlib.deflateSync(input, { level: 0 }).length);
console.log('stored gzip length', zlib.gzipSync(input, { level: 0 }).length);
console.log('stored raw length', zlib.deflateRawSync(input, { level: 0 }).length);

// Dictionaries.
const withDict = zlib.deflateSync(input, { dictionary: dict });
console.log('dict round trip', zlib.inflateSync(withDict, { dictionary: dict }).equals(input));
try {
  zlib.inflateSync(withDict);
} catch (e) {
  console.log('no dict:', e.code, e.errno, e.message);
}
const rawDict = zlib.deflateRawSync(input, { dictionary: dict });
console.log('raw dict round trip', zlib.inflateRawSync(rawDict, { dictionary: dict }).equals(input));

// Node-made streams decode identically.
for (const [name, b64] of Object.entries(fixtures)) {
  const buf = Buffer.from(b64, 'base64');
  let out;
  if (name.startsWith('gzip') || name === 'twoMembers') out = zlib.gunzipSync(buf);
  else if (name === 'deflate') out = zlib.inflateSync(buf);
  else if (name === 'deflateRaw') out = zlib.inflateRawSync(buf, { windowBits: 10 });
  else if (name === 'deflateDict') out = zlib.inflateSync(buf, { dictionary: dict });
  else out = zlib.brotliDecompressSync(buf);
  console.log('fixture', name, out.length, name === 'twoMembers' ? out.toString() : out.equals(input));
}
console.log('unzip of Node gzip', zlib.unzipSync(Buffer.from(fixtures.gzip, 'base64')).equals(input));
console.log('unzip of Node deflate', zlib.unzipSync(Buffer.from(fixtures.deflate, 'base64')).equals(input));

// Input kinds.
console.log(zlib.gunzipSync(zlib.gzipSync('a string')).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new Uint16Array([0x6968, 0x2121]))).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new Uint8Array([104, 105]).buffer)).toString());
console.log(zlib.inflateSync(zlib.deflateSync(new DataView(new Uint8Array([111, 107]).buffer))).toString());
console.log('empty', zlib.inflateSync(zlib.deflateSync(Buffer.alloc(0))).length,
            zlib.gunzipSync(zlib.gzipSync('')).length,
            zlib.brotliDecompressSync(zlib.brotliCompressSync('')).length);
console.log('info', Object.keys(zlib.gzipSync('x', { info: true })).join(','),
            zlib.gzipSync('x', { info: true }).engine instanceof zlib.Gzip);

// Large, incompressible input crosses many output chunks.
let seed = 7;
const noise = Buffer.alloc(200000);
for (let i = 0; i < noise.length; i++) {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  noise[i] = seed >> 16;
}
console.log('noise gzip', zlib.gunzipSync(zlib.gzipSync(noise)).equals(noise));
console.log('noise brotli', zlib.brotliDecompressSync(zlib.brotliCompressSync(noise)).equals(noise));

// Brotli params.
for (const q of [0, 1, 5, 11]) {
  const z = zlib.brotliCompressSync(input, { params: { [C.BROTLI_PARAM_QUALITY]: q,
                                                       [C.BROTLI_PARAM_MODE]: C.BROTLI_MODE_TEXT,
                                                       [C.BROTLI_PARAM_SIZE_HINT]: input.length } });
  console.log('brotli q', q, zlib.brotliDecompressSync(z).equals(input));
}

// Tiny inputs: these bytes match Node's exactly.
console.log(zlib.deflateSync('a').toString('hex'));
console.log(zlib.deflateRawSync('hello').toString('hex'));
console.log(zlib.gzipSync('hello').toString('hex'));
