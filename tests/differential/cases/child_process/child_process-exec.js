// exec/execFile run one after another: callback arguments (stdout/stderr as strings or
// Buffers), the 'Command failed' error (code, killed, signal, cmd, own keys), maxBuffer
// (ERR_CHILD_PROCESS_STDIO_MAXBUFFER, truncated output), timeout + killSignal, spawn
// failures (code 'ENOENT'), env/cwd/shell options and the util.promisify forms.
'use strict';
const cp = require('child_process');
const util = require('util');
const path = require('path');

const show = (v) => (Buffer.isBuffer(v) ? `<Buffer ${v.toString('hex')}>` : JSON.stringify(v));
function report(label, err, stdout, stderr) {
  if (err) {
    console.log(label, 'error', err.name, JSON.stringify(err.message), err.code, err.killed,
                err.signal, JSON.stringify(err.cmd), Object.keys(err).join(','));
  } else {
    console.log(label, 'ok');
  }
  console.log('  stdout', show(stdout), 'stderr', show(stderr));
}

const steps = [
  (next) => cp.exec('echo out; echo err >&2', (e, o, s) => { report('exec ok', e, o, s); next(); }),
  (next) => cp.exec('echo x; exit 3', (e, o, s) => { report('exec exit 3', e, o, s); next(); }),
  (next) => cp.exec('printf abc', { encoding: 'buffer' }, (e, o, s) => { report('exec buffer', e, o, s); next(); }),
  (next) => cp.exec('printf caf\\303\\251', { encoding: 'latin1' }, (e, o, s) => { report('exec latin1', e, o, s); next(); }),
  (next) => cp.exec('printf 0123456789abcdef', { maxBuffer: 5 }, (e, o, s) => { report('exec maxBuffer', e, o, s); next(); }),
  (next) => cp.exec('printf 0123456789 >&2', { maxBuffer: 4, encoding: 'buffer' }, (e, o, s) => { report('exec maxBuffer stderr', e, o, s); next(); }),
  (next) => cp.exec('sleep 5', { timeout: 50 }, (e, o, s) => { report('exec timeout', e, o, s); next(); }),
  (next) => cp.exec('sleep 5', { timeout: 50, killSignal: 'SIGKILL' }, (e, o, s) => { report('exec timeout KILL', e, o, s); next(); }),
  (next) => cp.exec('echo $WEFT_CP_VAR', { env: { WEFT_CP_VAR: 'from-env', PATH: process.env.PATH } }, (e, o, s) => { report('exec env', e, o, s); next(); }),
  (next) => cp.exec('pwd', { cwd: '/' }, (e, o, s) => { report('exec cwd', e, o, s); next(); }),
  (next) => cp.exec('echo $0', { shell: '/bin/sh' }, (e, o, s) => { report('exec shell', e, o, s); next(); }),
  (next) => cp.execFile('/bin/echo', ['a', 'b c'], (e, o, s) => { report('execFile', e, o, s); next(); }),
  (next) => cp.execFile('/bin/sh', ['-c', 'echo fail >&2; exit 9'], (e, o, s) => { report('execFile exit 9', e, o, s); next(); }),
  (next) => cp.execFile('definitely-not-a-command', ['x'], (e, o, s) => {
    report('execFile ENOENT', e, o, s);
    console.log('  errno', e.errno, 'syscall', e.syscall, 'path', e.path, 'spawnargs', e.spawnargs);
    next();
  }),
  (next) => cp.execFile('/bin/sh', ['-c', 'kill -TERM $$'], (e, o, s) => { report('execFile self-kill', e, o, s); next(); }),
  (next) => cp.execFile('/bin/echo', { encoding: 'hex' }, (e, o, s) => { report('execFile hex', e, o, s); next(); }),
  (next) => cp.execFile('/bin/echo', ['noargs-cb'], (e, o, s) => { report('execFile no options', e, o, s); next(); }),
  (next) => cp.execFile('/bin/pwd', { cwd: path.dirname(__filename) }, (e, o, s) => {
    report('execFile cwd', e, o === `${__dirname}\n` ? 'dir\n' : o, s);
    next();
  }),
  (next) => {
    const p = util.promisify(cp.exec)('echo promised; echo e >&2');
    console.log('promise child', typeof p.child, typeof p.child.pid);
    p.then((r) => { console.log('exec promise', Object.keys(r), show(r.stdout), show(r.stderr)); next(); });
  },
  (next) => {
    util.promisify(cp.execFile)('/bin/sh', ['-c', 'echo partial; exit 5']).catch((e) => {
      console.log('execFile rejected', JSON.stringify(e.message), e.code, show(e.stdout), show(e.stderr));
      next();
    });
  },
  (next) => {
    util.promisify(cp.execFile)('/bin/echo', ['buf'], { encoding: 'buffer' }).then((r) => {
      console.log('execFile promise buffer', show(r.stdout), show(r.stderr));
      next();
    });
  },
  (next) => {
    const child = cp.exec('cat', (e, o, s) => { report('exec stdin', e, o, s); next(); });
    child.stdin.end('fed through stdin');
  },
  (next) => {
    const ac = new AbortController();
    cp.exec('sleep 5', { signal: ac.signal }, (e, o, s) => {
      report('exec abort', e, o, s);
      console.log('  cause', e.cause && e.cause.name);
      next();
    });
    setTimeout(() => ac.abort(), 30);
  },
];

let i = 0;
function next() {
  const step = steps[i++];
  if (step) step(next);
  else console.log('done');
}
next();
