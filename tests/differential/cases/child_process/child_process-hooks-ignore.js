// A child with stdio 'ignore': one PROCESSWRAP resource created at spawn (trigger = top
// level), the 'spawn' event on a tick, 'exit' and 'close' inside the PROCESSWRAP's context
// (Node's onexit through MakeCallback), then the handle's close and destroy.
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
const child = spawn('/bin/sh', ['-c', 'exit 7'], { stdio: 'ignore' });
w(`pid ${typeof child.pid} stdin=${child.stdin} stdout=${child.stdout} stdio=${child.stdio.length}`);
child.on('spawn', () => w(`spawn eid=${ah.executionAsyncId()}`));
child.on('exit', (code, signal) => {
  w(`exit ${code} ${signal} eid=${ah.executionAsyncId()} exitCode=${child.exitCode}`);
});
child.on('close', (code, signal) => {
  w(`close ${code} ${signal} eid=${ah.executionAsyncId()}`);
});
