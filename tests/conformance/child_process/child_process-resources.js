// child_process async resources: a PROCESSWRAP per child and a PIPEWRAP per stdio pipe, all
// triggered by the context that called spawn (here a Timeout); 'exit'/'close' run inside the
// PROCESSWRAP, stdout 'data' inside its PIPEWRAP; every resource is destroyed by the end.
// Also: data integrity through `cat`, exit code vs signal fields, and unref() letting the
// process finish while a child still runs.
'use strict';
const { check, equal, mustCall, trace } = require('../common.js');
const { executionAsyncId } = require('async_hooks');
const cp = require('child_process');

const t = trace({ types: ['PROCESSWRAP', 'PIPEWRAP', 'Timeout'] });

setTimeout(mustCall('timeout', () => {
  const timeoutId = executionAsyncId();
  const child = cp.spawn('cat');
  const payload = Buffer.alloc(300000);
  for (let i = 0; i < payload.length; i++) payload[i] = (i * 7) & 0xff;
  const parts = [];
  let dataEid = -1;
  child.stdout.on('data', (d) => {
    parts.push(d);
    dataEid = executionAsyncId();
  });
  child.stdin.end(payload);
  child.on('exit', mustCall('exit', (code, signal) => {
    equal('exit code', code, 0);
    equal('exit signal', signal, null);
    const procInit = t.ofType('PROCESSWRAP').find((e) => e.event === 'init');
    equal('exit runs in PROCESSWRAP', executionAsyncId(), procInit.id);
  }));
  child.on('close', mustCall('close', () => {
    const got = Buffer.concat(parts);
    check('cat round trip', got.equals(payload), () => `got ${got.length} bytes`);
    const procInit = t.ofType('PROCESSWRAP').find((e) => e.event === 'init');
    equal('PROCESSWRAP trigger is the timeout', procInit.trigger, timeoutId);
    // The first three pipes are the child's (process.stderr may add one of its own later).
    const pipes = t.ofType('PIPEWRAP').filter((e) => e.event === 'init').slice(0, 3);
    equal('three PIPEWRAPs', pipes.length, 3);
    check('PIPEWRAP triggers are the timeout', pipes.every((p) => p.trigger === timeoutId),
          () => JSON.stringify(pipes));
    check('PIPEWRAPs after the PROCESSWRAP', pipes.every((p) => p.id > procInit.id));
    equal('stdout data runs in the stdout PIPEWRAP', dataEid, pipes[1].id);
    equal('exitCode', child.exitCode, 0);
    equal('signalCode', child.signalCode, null);
    next();
  }));
}), 1);

function next() {
  const child = cp.spawn('sleep', ['5'], { stdio: 'ignore' });
  child.on('exit', mustCall('killed exit', (code, signal) => {
    equal('killed code', code, null);
    equal('killed signal', signal, 'SIGKILL');
    equal('killed exitCode', child.exitCode, null);
    equal('killed signalCode', child.signalCode, 'SIGKILL');
    equal('killed flag', child.killed, true);
    last();
  }));
  child.on('spawn', () => child.kill('SIGKILL'));
}

let straggler;
function last() {
  // An unref'd child does not keep the loop alive: the exit listener runs while it sleeps.
  straggler = cp.spawn('sleep', ['5'], { stdio: 'ignore' });
  straggler.unref();
  straggler.on('exit', () => check('unref child exit not awaited', false));
}

process.on('exit', () => {
  if (straggler) straggler.kill();
  const inits = t.events.filter((e) => e.event === 'init' && e.type !== 'Timeout');
  const destroyed = new Set(t.events.filter((e) => e.event === 'destroy').map((e) => e.id));
  const first = inits.slice(0, 4);
  check('first child resources destroyed', first.every((e) => destroyed.has(e.id)),
        () => JSON.stringify(first.map((e) => [e.type, e.id, destroyed.has(e.id)])));
});
