// A child whose stdout is a pipe (stdin and stderr ignored): PROCESSWRAP then one PIPEWRAP,
// both triggered by the top level; 'data' and the end of the stream inside the PIPEWRAP's
// context, the pipe's SHUTDOWNWRAP (the socket ends its own write side once the read side
// ends, allowHalfOpen false), the socket's 'close' in the handle's close callback, and the
// child's 'exit'/'close' in the PROCESSWRAP's context. The child leaves gaps between its
// output, closing stdout and exiting, so the order is fixed.
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Map();
ah.createHook({
  init(id, type, trigger) {
    types.set(id, type);
    w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`);
  },
  before(id) { w(`before ${types.get(id)} id=${id}`); },
  after(id) { w(`after ${types.get(id)} id=${id}`); },
  destroy(id) { w(`destroy ${types.get(id)} id=${id}`); },
}).enable();

const { spawn } = require('child_process');
const child = spawn('/bin/sh', ['-c', 'printf hi; sleep 0.2; exec 1>&-; sleep 0.3'], {
  stdio: ['ignore', 'pipe', 'ignore'],
});
w(`stdin=${child.stdin} stderr=${child.stderr} stdout=${typeof child.stdout}`);
child.stdout.on('data', (d) => w(`data ${JSON.stringify(String(d))} eid=${ah.executionAsyncId()}`));
child.stdout.on('end', () => w(`end eid=${ah.executionAsyncId()}`));
child.stdout.on('close', () => w(`stdout close eid=${ah.executionAsyncId()}`));
child.on('exit', (code, signal) => w(`exit ${code} ${signal} eid=${ah.executionAsyncId()}`));
child.on('close', (code, signal) => w(`close ${code} ${signal} eid=${ah.executionAsyncId()}`));
