// Argument validation of spawn/exec/execFile/spawnSync/fork and ChildProcess#kill: error
// classes, codes and messages as Node 26 throws them synchronously.
'use strict';
const cp = require('child_process');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
    if (r && typeof r.kill === 'function') r.kill();
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}

attempt('file number', () => cp.spawn(42));
attempt('file empty', () => cp.spawn(''));
attempt('file nul', () => cp.spawn('a\u0000b'));
attempt('args string', () => cp.spawn('echo', 'x'));
attempt('args nul', () => cp.spawn('echo', ['ok', 'x\u0000']));
attempt('options string', () => cp.spawn('echo', [], 'opts'));
attempt('cwd number', () => cp.spawn('echo', [], { cwd: 5 }));
attempt('detached string', () => cp.spawn('echo', [], { detached: 'yes' }));
attempt('uid float', () => cp.spawn('echo', [], { uid: 1.5 }));
attempt('gid string', () => cp.spawn('echo', [], { gid: '0' }));
attempt('shell number', () => cp.spawn('echo', [], { shell: 1 }));
attempt('argv0 number', () => cp.spawn('echo', [], { argv0: 1 }));
attempt('windowsHide string', () => cp.spawn('echo', [], { windowsHide: 'x' }));
attempt('timeout negative', () => cp.spawn('echo', [], { timeout: -1 }));
attempt('timeout float', () => cp.spawn('echo', [], { timeout: 1.5 }));
attempt('signal bad', () => cp.spawn('echo', [], { signal: {} }));
attempt('killSignal bad', () => cp.spawn('echo', [], { killSignal: 'SIGNOPE' }));
attempt('killSignal object', () => cp.spawn('echo', [], { killSignal: {} }));
attempt('stdio bad string', () => cp.spawn('echo', [], { stdio: 'bogus' }));
attempt('stdio bad entry', () => cp.spawn('echo', [], { stdio: ['pipe', {}, 'pipe'] }));
attempt('stdio buffer async', () => cp.spawn('echo', [], { stdio: [Buffer.from('x')] }));
attempt('stdio two ipc', () => cp.spawn('echo', [], { stdio: ['ipc', 'ipc'] }));
attempt('env nul', () => cp.spawn('echo', [], { env: { A: 'x\u0000' } }));
attempt('serialization', () => cp.spawn('echo', [], { serialization: 'xml' }));
attempt('exec number', () => cp.exec(1));
attempt('exec nul', () => cp.exec('echo \u0000'));
attempt('execFile cb', () => cp.execFile('echo', [], {}, 'notfn'));
attempt('execFile options', () => cp.execFile('echo', [], 'x'));
attempt('execFile maxBuffer', () => cp.execFile('echo', [], { maxBuffer: -1 }));
attempt('execFile maxBuffer str', () => cp.execFile('echo', [], { maxBuffer: '1' }));
attempt('execFile timeout', () => cp.execFile('echo', [], { timeout: 'x' }));
attempt('spawnSync ipc', () => cp.spawnSync('echo', [], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] }));
attempt('spawnSync input bad', () => cp.spawnSync('echo', [], { stdio: [{ input: 5 }] }));
attempt('spawnSync maxBuffer', () => cp.spawnSync('echo', [], { maxBuffer: 'big' }));
attempt('fork no ipc', () => cp.fork('x.js', [], { stdio: ['pipe', 'pipe', 'pipe'] }));
attempt('fork args', () => cp.fork('x.js', 'a'));
attempt('fork path', () => cp.fork(7));

const child = cp.spawn('/bin/sh', ['-c', 'exit 0'], { stdio: 'ignore' });
attempt('kill unknown', () => child.kill('SIGFAKE'));
attempt('kill number', () => child.kill(12345));
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  console.log('kill after exit', child.kill(), child.killed);
});
