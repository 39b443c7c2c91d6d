// spawnSync/execSync/execFileSync: result shape and key order (status, signal, output, pid,
// stdout, stderr, error), input as string/Buffer/TypedArray, encodings, stdio 'inherit' and
// 'ignore', timeout + killSignal (ETIMEDOUT), maxBuffer (ENOBUFS), ENOENT, the thrown errors
// of execSync/execFileSync (message, status, signal, own keys) and their echo of the child's
// stderr to the parent's stderr.
'use strict';
const cp = require('child_process');

const show = (v) => (Buffer.isBuffer(v) ? `<Buffer ${v.toString('hex')}>` : JSON.stringify(v));
function summary(label, r) {
  console.log(label, Object.keys(r).join(','), 'status', r.status, 'signal', r.signal,
              'pid', typeof r.pid, r.pid > 0, 'output', r.output && r.output.map(show).join('|'));
  if (r.error) {
    console.log('  error', r.error.message, r.error.errno, r.error.code, r.error.syscall,
                r.error.path, JSON.stringify(r.error.spawnargs), Object.keys(r.error).join(','));
  }
}

summary('echo', cp.spawnSync('echo', ['hello']));
summary('utf8', cp.spawnSync('/bin/sh', ['-c', 'echo out; echo err >&2; exit 4'], { encoding: 'utf8' }));
summary('input string', cp.spawnSync('cat', { input: 'from string' }));
summary('input buffer', cp.spawnSync('cat', [], { input: Buffer.from('from buffer'), encoding: 'latin1' }));
summary('input u16', cp.spawnSync('od', ['-An', '-tx1'], { input: new Uint16Array([0x4142]) }));
summary('input hex', cp.spawnSync('cat', { input: '68656c6c6f', encoding: 'hex' }));
summary('ignore', cp.spawnSync('echo', ['gone'], { stdio: 'ignore' }));
summary('mixed', cp.spawnSync('/bin/sh', ['-c', 'echo o; echo e >&2'], { stdio: ['pipe', 'ignore', 'pipe'] }));
summary('four', cp.spawnSync('/bin/sh', ['-c', 'echo three >&3'], { stdio: ['pipe', 'pipe', 'pipe', 'pipe'] }));
summary('signal', cp.spawnSync('/bin/sh', ['-c', 'kill -KILL $$']));
summary('timeout', cp.spawnSync('sleep', ['5'], { timeout: 50 }));
summary('timeout sigint', cp.spawnSync('sleep', ['5'], { timeout: 50, killSignal: 'SIGINT' }));
summary('maxBuffer', cp.spawnSync('/bin/sh', ['-c', 'printf 0123456789; sleep 2'], { maxBuffer: 4 }));
summary('enoent', cp.spawnSync('no-such-binary-here', ['a', 'b']));
summary('argv0', cp.spawnSync('/bin/sh', ['-c', 'echo $0'], { argv0: 'custom-zero', encoding: 'utf8' }));
summary('cwd', cp.spawnSync('pwd', { cwd: '/tmp', encoding: 'utf8' }));
summary('env', cp.spawnSync('/bin/sh', ['-c', 'echo "[$A][$B]"'], { env: { A: '1' }, encoding: 'utf8' }));
summary('shell', cp.spawnSync('echo $((6*7))', { shell: true, encoding: 'utf8' }));
summary('inherit', cp.spawnSync('/bin/sh', ['-c', 'echo inherited-out; echo inherited-err >&2'], { stdio: 'inherit' }));

console.log('execSync', show(cp.execSync('echo sync')));
console.log('execSync enc', show(cp.execSync('printf enc', { encoding: 'utf8' })));
console.log('execSync input', show(cp.execSync('cat', { input: 'in' })));
console.log('execSync stderr echo', show(cp.execSync('echo to-parent-stderr >&2; echo ok')));
console.log('execSync stderr piped', show(cp.execSync('echo hidden >&2; echo ok', { stdio: 'pipe' })));
console.log('execFileSync', show(cp.execFileSync('/bin/echo', ['a', 'b'])));
console.log('execFileSync enc', show(cp.execFileSync('/bin/echo', ['c'], { encoding: 'utf8' })));

function thrown(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, JSON.stringify(e.message), 'status', e.status, 'signal', e.signal,
                'code', e.code, Object.keys(e).join(','));
    console.log('  stdout', show(e.stdout), 'stderr', show(e.stderr));
  }
}
thrown('execSync exit', () => cp.execSync('echo before; echo why >&2; exit 2'));
thrown('execSync exit quiet', () => cp.execSync('exit 1', { stdio: 'pipe' }));
thrown('execSync signal', () => cp.execSync('kill -TERM $$'));
thrown('execSync timeout', () => cp.execSync('sleep 5', { timeout: 50 }));
thrown('execFileSync exit', () => cp.execFileSync('/bin/sh', ['-c', 'exit 6']));
thrown('execFileSync enoent', () => cp.execFileSync('no-such-binary-here', ['z']));
thrown('execFileSync maxBuffer', () => cp.execFileSync('/bin/sh', ['-c', 'printf 0123456789; sleep 2'], { maxBuffer: 3 }));
