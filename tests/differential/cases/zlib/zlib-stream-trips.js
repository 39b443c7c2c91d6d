// Node's zlib write loop: an asynchronous write whose output overflows the chunkSize buffer
// goes back to the thread pool for the rest (one before/after of the same ZLIB resource per
// trip), each trip's output is one 'data' chunk, and the buffer fill level carries over
// between writes (the gzip header shares the first buffer with the next write's output).
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const zlib = require('zlib');

const w = (s) => fs.writeSync(1, `${s}\n`);
const text = Buffer.from('0123456789abcdef'.repeat(2000));
const compressed = zlib.deflateSync(text);

// Trips (before events) per ZLIB resource, in creation order.
const trips = new Map();
const hook = ah.createHook({
  init(id, type) { if (type === 'ZLIB') trips.set(id, 0); },
  before(id) { if (trips.has(id)) trips.set(id, trips.get(id) + 1); },
}).enable();

const inf = zlib.createInflate({ chunkSize: 4096 });
const sizes = [];
inf.on('data', (d) => sizes.push(d.length));
inf.on('end', () => {
  w(`inflate trips=${[...trips.values()]} data=${sizes.join(',')}`);
  const gun = zlib.createGunzip({ chunkSize: 1000 });
  const sizes2 = [];
  gun.on('data', (d) => sizes2.push(d.length));
  gun.on('end', () => {
    w(`trips per ZLIB=${[...trips.values()]} chunks=${sizes2.length} first=${sizes2.slice(0, 3)} total=${sizes2.reduce((a, b) => a + b, 0)}`);
    hook.disable();
  });
  const gz = zlib.gzipSync(text);
  gun.write(gz.subarray(0, 5));
  gun.write(gz.subarray(5, 100));
  gun.end(gz.subarray(100));
});
inf.end(compressed);
