// AsyncLocalStorage through child processes: the store active when spawn/exec/execFile is
// called is seen in 'spawn', stdout 'data'/'end', 'exit', 'close', the exec callbacks and the
// promisified exec's continuation, because the PROCESSWRAP and PIPEWRAP resources capture the
// context at creation. Runs are sequential so the output order is fixed.
'use strict';
const { AsyncLocalStorage } = require('async_hooks');
const cp = require('child_process');
const util = require('util');

const als = new AsyncLocalStorage();
const seen = [];
const note = (what) => seen.push(`${what}:${als.getStore()}`);

function first(done) {
  als.run('spawn-store', () => {
    const child = cp.spawn('/bin/sh', ['-c', 'printf x']);
    child.on('spawn', () => note('spawn'));
    child.stdout.on('data', () => note('data'));
    child.stdout.on('end', () => note('end'));
    child.on('exit', () => note('exit'));
    child.on('close', () => {
      note('close');
      done();
    });
  });
  note('outside');
}

function second(done) {
  als.run('exec-store', () => {
    cp.exec('echo hi', () => {
      note('exec-cb');
      als.run('execFile-store', () => {
        cp.execFile('/bin/echo', ['x'], () => {
          note('execFile-cb');
          done();
        });
      });
    });
  });
}

function third(done) {
  als.run('promise-store', async () => {
    await util.promisify(cp.exec)('true');
    note('await-exec');
    done();
  });
}

first(() => second(() => third(() => {
  console.log(seen.sort().join('\n'));
})));
