// Writing to a child's stdin (stdout/stderr ignored): the stdin PIPEWRAP, the write completing
// synchronously (callback on a tick, no WRITEWRAP), end() issuing a SHUTDOWNWRAP triggered by
// the pipe, 'finish' and the stdin socket's 'close' in the pipe's close callback, then the
// child's 'exit'/'close' in the PROCESSWRAP's context. The child lingers after reading EOF so
// the order is fixed.
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Map();
ah.createHook({
  init(id, type, trigger) { types.set(id, type); w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`); },
  before(id) { w(`before ${types.get(id)} id=${id}`); },
  after(id) { w(`after ${types.get(id)} id=${id}`); },
  destroy(id) { w(`destroy ${types.get(id)} id=${id}`); },
}).enable();
const { spawn } = require('child_process');
const child = spawn('/bin/sh', ['-c', 'cat >/dev/null; sleep 0.2'], { stdio: ['pipe', 'ignore', 'ignore'] });
child.stdin.write('abc', () => w('write cb'));
child.stdin.end(() => w('end cb'));
child.stdin.on('finish', () => w('finish'));
child.stdin.on('close', () => w('stdin close'));
child.on('exit', (c) => w(`exit ${c}`));
child.on('close', (c) => w(`close ${c}`));
