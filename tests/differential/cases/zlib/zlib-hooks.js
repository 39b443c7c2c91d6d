// The ZLIB async resource as Node 26 traces it: one ZLIB per stream or convenience call,
// created at construction, each thread-pool write completing inside it (before/after around
// the stream's callbacks, ticks triggered by it), no destroy when the stream ends or closes
// (Node's handle is released by GC), and none for the synchronous forms either.
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const zlib = require('zlib');

const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Set(['ZLIB', 'TickObject', 'Timeout']);
const ours = new Set();
ah.createHook({
  init(id, type, trigger) {
    if (!types.has(type)) return;
    ours.add(id);
    w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`);
  },
  before(id) { if (ours.has(id)) w(`before id=${id}`); },
  after(id) { if (ours.has(id)) w(`after id=${id}`); },
  destroy(id) { if (ours.has(id)) w(`destroy id=${id}`); },
}).enable();

zlib.gzipSync('sync');
w('sync done');
zlib.gzip('hello', (err, buf) => {
  w(`gzip cb err=${err} len>0=${buf.length > 0} eid=${ah.executionAsyncId()}`);
  const g = zlib.createGzip();
  g.on('data', (d) => w(`data eid=${ah.executionAsyncId()}`));
  g.on('end', () => {
    w(`end eid=${ah.executionAsyncId()}`);
    setTimeout(() => w('timer'), 20);
  });
  g.end('stream');
});
