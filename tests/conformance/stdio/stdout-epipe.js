// process.stdout over a pipe whose reader went away: writes fail with EPIPE, reported
// asynchronously through 'error' (and the write callback); without a listener the process
// dies with the uncaught error, never with a crash of the runtime.
'use strict';
const { equal, check } = require('../common.js');
const { spawn } = require('child_process');

function run(code, onDone) {
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
  const err = [];
  child.stderr.on('data', (d) => err.push(d));
  // Read the first chunk, then close our end: later writes of the child see EPIPE.
  child.stdout.once('data', () => child.stdout.destroy());
  child.on('close', (status, signal) => onDone(Buffer.concat(err).toString(), status, signal));
}

run(`
  let sync = true;
  process.stdout.on('error', (e) => {
    process.stderr.write('error ' + e.code + ' ' + e.syscall + ' ' + e.errno + ' sync=' + sync + '\\n');
    clearInterval(t);
  });
  const t = setInterval(() => {
    sync = true;
    process.stdout.write('line\\n');
    sync = false;
  }, 2);
`, (err, status, signal) => {
  equal('EPIPE reported through error, asynchronously', err, 'error EPIPE write -32 sync=false\n');
  equal('EPIPE with listener: status', status, 0);
  equal('EPIPE with listener: signal', signal, null);
});

run(`
  setInterval(() => process.stdout.write('line\\n'), 2);
`, (err, status, signal) => {
  check('EPIPE without listener: uncaught error', /Error: write EPIPE/.test(err), () => err);
  check('EPIPE without listener: no panic', !/panick/.test(err), () => err);
  equal('EPIPE without listener: status', status, 1);
  equal('EPIPE without listener: signal', signal, null);
});
