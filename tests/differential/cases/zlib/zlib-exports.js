// node:zlib's surface: exported names in Node's order (zstd and zip aside), constants and
// codes, legacy non-enumerable Z_* properties, class relations, crc32 values.
'use strict';
const zlib = require('zlib');
const { Transform } = require('stream');

const skip = /zstd|Zstd|Zip|zip|MaxZip/;
console.log(Object.keys(zlib).filter((k) => !skip.test(k)).join(' '));
const c = zlib.constants;
console.log(Object.isFrozen(c), Object.keys(c).length);
console.log(JSON.stringify(c));
console.log(JSON.stringify(zlib.codes), Object.isFrozen(zlib.codes));
console.log(zlib.Z_NO_FLUSH, zlib.Z_FINISH, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_CHUNK,
            Object.getOwnPropertyDescriptor(zlib, 'Z_FINISH').enumerable, zlib.BROTLI_PARAM_MODE);
for (const name of ['Gzip', 'Gunzip', 'Deflate', 'Inflate', 'DeflateRaw', 'InflateRaw', 'Unzip',
  'BrotliCompress', 'BrotliDecompress']) {
  const s = zlib[`create${name}`]();
  console.log(name, s instanceof zlib[name], s instanceof Transform, s.bytesWritten,
              s._closed, typeof s.flush, typeof s.close, typeof s.params);
  s.close();
}
console.log(zlib.crc32('hello'), zlib.crc32('world', 12345), zlib.crc32(Buffer.from('x')),
            zlib.crc32(''), zlib.crc32(new Uint8Array(1000)), zlib.crc32('hello', 0xffffffff));
let crc = 0;
for (const part of ['hel', 'lo']) crc = zlib.crc32(part, crc);
console.log('incremental', crc === zlib.crc32('hello'));
console.log(zlib.deflate.name, zlib.gzipSync.name, zlib.createGzip.name);
