// Reading process.stdin (the runner's closed stdin) under async_hooks: the resources and
// callbacks of the read until 'end' match Node's.
'use strict';
const async_hooks = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
async_hooks.createHook({
  init(id, type, trigger) { w(`init ${type} id=${id} trigger=${trigger} eid=${async_hooks.executionAsyncId()}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();
process.stdin.on('data', (d) => w('data ' + d.length));
process.stdin.on('end', () => w('end'));
process.stdin.on('close', () => w('close'));
