// Ending process.stdout (a pipe): 'finish', the end callback, writes after end fail with
// ERR_STREAM_WRITE_AFTER_END asynchronously; destroy does not close the fd. Traced with hooks.
'use strict';
const async_hooks = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(2, s + '\n');
async_hooks.createHook({
  init(id, type, trigger) { w(`init ${type} id=${id} trigger=${trigger} eid=${async_hooks.executionAsyncId()}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();

const out = process.stdout;
out.on('finish', () => w('finish ' + out.writableFinished));
out.on('close', () => w('close ' + out.destroyed));
out.on('error', (e) => w(`error ${e.name} ${e.code} ${e.message}`));
out.write('a\n', () => w('cb a'));
out.end('b\n', () => w('end cb'));
w('ended ' + out.writableEnded + ' ' + out.writableLength);
out.write('c\n', (e) => w('cb c ' + (e && e.code)));
w('sync done');
