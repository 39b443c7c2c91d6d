// spawn options, one run after another: timeout + killSignal, an AbortSignal aborted before
// and during the run (AbortError 'error' then 'exit' with the signal), argv0, shell (true
// and a path; args joined, with the DEP0190 warning once), env (inherited prototype keys
// included), a missing cwd (spawn error), detached (own session), one child's stdout as the
// next child's stdin, kill(0) as a liveness probe, and kill() after exit.
'use strict';
const cp = require('child_process');

const steps = [];
const step = (fn) => steps.push(fn);
function next() {
  const fn = steps.shift();
  if (fn) fn(next);
  else console.log('done');
}
function collect(child) {
  const out = { stdout: '', stderr: '' };
  if (child.stdout) child.stdout.on('data', (d) => { out.stdout += d; });
  if (child.stderr) child.stderr.on('data', (d) => { out.stderr += d; });
  return out;
}

step((done) => {
  const child = cp.spawn('sleep', ['5'], { timeout: 40, killSignal: 'SIGUSR2' });
  child.on('exit', (code, signal) => console.log('timeout exit', code, signal, child.killed));
  child.on('close', () => done());
});

step((done) => {
  const ac = new AbortController();
  ac.abort();
  const child = cp.spawn('sleep', ['5'], { signal: ac.signal });
  child.on('error', (e) => console.log('pre-aborted error', e.name, e.code, e.message, e.cause && e.cause.name));
  child.on('exit', (code, signal) => console.log('pre-aborted exit', code, signal));
  child.on('close', () => done());
});

step((done) => {
  const ac = new AbortController();
  const child = cp.spawn('sleep', ['5'], { signal: ac.signal, killSignal: 'SIGINT' });
  child.on('spawn', () => ac.abort(new Error('stop it')));
  child.on('error', (e) => console.log('aborted error', e.name, e.code, e.cause && e.cause.message));
  child.on('exit', (code, signal) => console.log('aborted exit', code, signal));
  child.on('close', () => done());
});

step((done) => {
  const child = cp.spawn('/bin/sh', ['-c', 'echo "$0"'], { argv0: 'renamed' });
  const out = collect(child);
  child.on('close', (code) => { console.log('argv0', code, JSON.stringify(out.stdout)); done(); });
});

step((done) => {
  const child = cp.spawn('echo', ['$((1+2))', 'b'], { shell: true });
  const out = collect(child);
  console.log('shell spawnfile', child.spawnfile, JSON.stringify(child.spawnargs));
  child.on('close', (code) => { console.log('shell', code, JSON.stringify(out.stdout)); done(); });
});

step((done) => {
  const child = cp.spawn('echo $0', { shell: '/bin/sh' });
  const out = collect(child);
  console.log('shell path spawnfile', child.spawnfile, JSON.stringify(child.spawnargs));
  child.on('close', (code) => { console.log('shell path', code, JSON.stringify(out.stdout)); done(); });
});

step((done) => {
  const env = Object.create({ FROM_PROTO: 'proto' });
  env.OWN = 'own';
  env.SKIPPED = undefined;
  const child = cp.spawn('/bin/sh', ['-c', 'echo "$OWN $FROM_PROTO [${SKIPPED-unset}]"'], { env });
  const out = collect(child);
  child.on('close', (code) => { console.log('env', code, JSON.stringify(out.stdout)); done(); });
});

step((done) => {
  const child = cp.spawn('/bin/sh', ['-c', 'echo never'], { cwd: '/definitely/not/here' });
  child.on('error', (e) => console.log('bad cwd error', e.message, e.code, e.syscall, e.path));
  child.on('close', (code, signal) => { console.log('bad cwd close', code, signal); done(); });
});

step((done) => {
  const child = cp.spawn('/bin/sh', ['-c', 'test "$(ps -o sid= -p $$ | tr -d " ")" = "$$" && echo own-session'], { detached: true });
  const out = collect(child);
  child.on('close', (code) => { console.log('detached', code, JSON.stringify(out.stdout)); done(); });
});

step((done) => {
  const first = cp.spawn('/bin/sh', ['-c', 'echo one; echo two']);
  const second = cp.spawn('tr', ['a-z', 'A-Z'], { stdio: [first.stdout, 'pipe', 'pipe'] });
  const out = collect(second);
  second.on('close', (code) => { console.log('chained', code, JSON.stringify(out.stdout)); done(); });
});

step((done) => {
  const child = cp.spawn('sleep', ['5'], { stdio: 'ignore' });
  child.on('spawn', () => {
    console.log('kill(0)', child.kill(0), 'killed', child.killed);
    child.kill();
  });
  child.on('exit', (code, signal) => {
    console.log('probe exit', code, signal, 'kill after exit', child.kill(), child.kill('SIGKILL'));
    done();
  });
});

next();
