// process.stdout.end() on a pipe finishes (SHUTDOWNWRAP) and the process exits normally;
// the write callbacks and 'finish' run in Node's order. Traced with hooks.
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
out.on('finish', () => w('finish'));
out.on('close', () => w('close'));
out.write('one\n', () => w('cb one'));
out.end('two\n', (err) => w('end cb ' + err));
process.on('exit', (c) => w('exit ' + c + ' ' + out.writableFinished));
