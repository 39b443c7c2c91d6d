// A spawn that fails with ENOENT (stdio 'ignore'): the PROCESSWRAP is created, the error is
// emitted from a tick with the 'spawn <file> ENOENT' shape (errno, code, syscall, path,
// spawnargs), then 'close' with the negative errno and null signal; no 'spawn' or 'exit'.
// (With stdio pipes, Node's trace depends on libuv running close callbacks newest first and
// completing a pipe's shutdown inside its hang-up event; weft's loop does neither yet.)
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
const child = spawn('no-such-command-for-weft', ['--flag'], { stdio: 'ignore' });
w(`pid=${child.pid} stdin=${typeof child.stdin} stdout=${typeof child.stdout}`);
child.on('spawn', () => w('spawn (unexpected)'));
child.on('error', (err) => {
  w(`error ${err.message} errno=${err.errno} code=${err.code} syscall=${err.syscall} ` +
    `path=${err.path} spawnargs=${JSON.stringify(err.spawnargs)} eid=${ah.executionAsyncId()}`);
  w(`keys ${Object.keys(err).join(',')} exitCode=${child.exitCode} signalCode=${child.signalCode}`);
});
child.on('exit', () => w('exit (unexpected)'));
child.on('close', (code, signal) => w(`close ${code} ${signal} eid=${ah.executionAsyncId()}`));
