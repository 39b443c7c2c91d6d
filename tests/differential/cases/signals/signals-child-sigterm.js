// A child process with a 'SIGTERM' listener survives SIGTERM and runs the listener with
// (name, number); once the listener is removed, SIGTERM kills it (signal in the exit event).
'use strict';
const { spawn } = require('child_process');

if (process.argv[2] === 'child') {
  let count = 0;
  function onTerm(name, num) {
    count++;
    process.stdout.write(`child got ${name} ${num} count=${count}\n`);
    if (count === 2) {
      process.removeListener('SIGTERM', onTerm);
      process.stdout.write('child removed listener\n');
    }
    process.stdout.write('ready\n');
  }
  process.on('SIGTERM', onTerm);
  // A referenced timer keeps the child alive; signal listeners do not.
  setInterval(() => {}, 1000);
  process.stdout.write('ready\n');
  return;
}

const child = spawn(process.execPath, [__filename, 'child'], { stdio: ['ignore', 'pipe', 'inherit'] });
let buffered = '';
let sent = 0;
child.stdout.setEncoding('utf8');
child.stdout.on('data', (chunk) => {
  buffered += chunk;
  let nl;
  while ((nl = buffered.indexOf('\n')) !== -1) {
    const line = buffered.slice(0, nl);
    buffered = buffered.slice(nl + 1);
    console.log('parent saw:', line);
    if (line === 'ready' && sent < 3) {
      sent++;
      child.kill('SIGTERM');
    }
  }
});
child.on('exit', (code, signal) => {
  console.log('exit', code, signal, 'sent', sent);
});
