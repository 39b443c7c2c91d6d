// Streams between parent and child: stdin/stdout round trip through `cat` (1 MiB, so writes
// queue and drain), write callbacks and 'finish', setEncoding on stdout, stdio as fd numbers
// and 'inherit' (the child's output goes straight to ours), extra pipes at fd 3, kill with a
// signal (exit code null, signalCode set), ref/unref, and a child running this runtime
// itself (process.execPath) with stdin, argv, env and an exit code. Results are printed at
// 'close' so the order does not depend on which pipe wins a race.
'use strict';
const cp = require('child_process');
const path = require('path');

const steps = [];
const step = (fn) => steps.push(fn);
function next() {
  const fn = steps.shift();
  if (fn) fn(next);
  else console.log('done');
}

step((done) => {
  const cat = cp.spawn('cat');
  const big = Buffer.alloc(1024 * 1024, 'abcdefgh');
  let received = 0;
  let firstWrite;
  cat.stdout.on('data', (d) => { received += d.length; });
  firstWrite = cat.stdin.write(big, () => console.log('big write callback'));
  cat.stdin.end('tail', () => console.log('end callback'));
  cat.stdin.on('finish', () => console.log('stdin finish'));
  cat.on('close', (code, signal) => {
    console.log('cat close', code, signal, 'received', received, 'first write returned', firstWrite);
    console.log('stdin destroyed', cat.stdin.destroyed, 'stdout readable', cat.stdout.readable);
    done();
  });
});

step((done) => {
  const child = cp.spawn('/bin/sh', ['-c', 'printf "%s" "$1"', 'sh', 'h\u00e9llo'], {});
  child.stdout.setEncoding('utf8');
  let text = '';
  child.stdout.on('data', (d) => { text += d; });
  child.stdout.on('end', () => console.log('stdout end', typeof text, JSON.stringify(text)));
  child.on('close', (code) => { console.log('encoding close', code); done(); });
});

step((done) => {
  const child = cp.spawn('/bin/sh', ['-c', 'echo to-fd3 >&3; echo to-fd1'], {
    stdio: ['ignore', 'pipe', 'ignore', 'pipe'],
  });
  console.log('stdio length', child.stdio.length, child.stdio.map((s) => (s ? 'stream' : s)).join(','));
  const out = { 1: '', 3: '' };
  child.stdio[1].on('data', (d) => { out[1] += d; });
  child.stdio[3].on('data', (d) => { out[3] += d; });
  child.on('close', (code) => {
    console.log('fd3 close', code, JSON.stringify(out));
    done();
  });
});

step((done) => {
  const child = cp.spawn('/bin/sh', ['-c', 'echo inherited-line'], { stdio: ['ignore', 'inherit', 1] });
  const streams = [child.stdin, child.stdout, child.stderr];
  child.on('close', (code) => {
    console.log('inherit close', code, 'streams', streams.join(','));
    done();
  });
});

step((done) => {
  const child = cp.spawn('sleep', ['10']);
  child.on('spawn', () => {
    console.log('kill returns', child.kill('SIGINT'), 'killed', child.killed);
  });
  child.on('exit', (code, signal) => console.log('killed exit', code, signal, child.exitCode, child.signalCode));
  child.on('close', (code, signal) => { console.log('killed close', code, signal); done(); });
});

step((done) => {
  const child = cp.spawn('sleep', ['10'], { stdio: 'ignore' });
  child.unref();
  child.ref();
  setTimeout(() => {
    child.kill();
  }, 20);
  child.on('exit', (code, signal) => { console.log('ref exit', code, signal); done(); });
});

step((done) => {
  const child = cp.spawn(process.execPath, [path.join(__dirname, '_echo_child.js'), '3', 'x y'], {
    env: { ...process.env, WEFT_CP_CHILD: 'passed' },
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.stdin.end('hello child');
  child.on('exit', (code, signal) => console.log('self exit', code, signal));
  child.on('close', (code) => {
    console.log('self close', code);
    process.stdout.write(out);
    console.log('self stderr', JSON.stringify(err));
    done();
  });
});

next();
