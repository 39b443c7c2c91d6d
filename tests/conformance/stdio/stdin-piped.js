// process.stdin over a pipe in a child process: 'data'/'end', for await, readline, a paused
// stdin that does not keep the process alive, and process.stdout writes that are never lost
// at exit, checked against the child's output.
'use strict';
const { equal, check } = require('../common.js');
const { spawn } = require('child_process');

function run(name, code, input, onDone, { keepStdinOpen = false } = {}) {
  const child = spawn(process.execPath, ['-e', code], { stdio: ['pipe', 'pipe', 'pipe'] });
  const out = [];
  const err = [];
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => err.push(d));
  if (input !== null) child.stdin.write(input);
  if (!keepStdinOpen) child.stdin.end();
  // 'close' waits for our end of the child's stdin too.
  if (keepStdinOpen) child.on('exit', () => child.stdin.destroy());
  child.on('close', (status, signal) => {
    onDone(Buffer.concat(out).toString(), Buffer.concat(err).toString(), status, signal);
  });
}

run('data', `
  const s = process.stdin;
  console.log(s.constructor.name, s.fd, s.isTTY, s.readableFlowing);
  let n = 0;
  s.on('data', (d) => { n += d.length; });
  s.on('end', () => console.log('end', n));
`, 'hello\nworld\n', (out, err, status) => {
  equal('data: output', out, 'Socket 0 undefined null\nend 12\n');
  equal('data: stderr', err, '');
  equal('data: status', status, 0);
});

run('for-await', `
  (async () => {
    let s = '';
    for await (const c of process.stdin) s += c;
    console.log(JSON.stringify(s));
  })();
`, 'a'.repeat(100000) + 'z', (out, err, status) => {
  equal('for await: output', out, JSON.stringify('a'.repeat(100000) + 'z') + '\n');
  equal('for await: status', status, 0);
});

run('readline', `
  const rl = require('readline').createInterface({ input: process.stdin });
  const lines = [];
  rl.on('line', (l) => lines.push(l));
  rl.on('close', () => console.log(lines.join('|')));
`, 'one\ntwo\r\nthree', (out, err, status) => {
  equal('readline: output', out, 'one|two|three\n');
  equal('readline: status', status, 0);
});

run('paused', `
  process.stdin;
  setTimeout(() => console.log('done', process.stdin.isPaused()), 10);
`, null, (out, err, status) => {
  equal('paused stdin does not keep the process alive', out, 'done false\n');
  equal('paused: status', status, 0);
}, { keepStdinOpen: true });

run('exit-flush', `
  const chunk = 'y'.repeat(1023) + '\\n';
  for (let i = 0; i < 32; i++) process.stdout.write(chunk);
  process.exit(3);
`, null, (out, err, status) => {
  check('stdout written before process.exit (within a pipe buffer) is not lost', out.length === 1024 * 32,
        () => `got ${out.length} bytes`);
  equal('exit-flush: status', status, 3);
});
