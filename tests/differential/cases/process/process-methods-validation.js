// process methods against Node 26: kill (signal names and numbers, ERR_UNKNOWN_SIGNAL, ESRCH and
// EINVAL as errno exceptions `kill ESRCH`), chdir errors (path and dest), umask (octal strings,
// ERR_INVALID_ARG_VALUE / ERR_OUT_OF_RANGE), cpuUsage/threadCpuUsage prevValue checks, hrtime
// argument checks, exitCode validation and coercion, and the shapes of the usage objects.
'use strict';
const util = require('util');
function t(label, f) {
  try {
    console.log(label, util.inspect(f(), { depth: 1, breakLength: 200 }));
  } catch (e) {
    console.log(label, 'THROW', e.name, e.code, JSON.stringify(e.message), Object.keys(e), e.errno, e.syscall, e.path, e.dest);
  }
}
t('kill esrch', () => process.kill(999999, 0));
t('kill esrch default signal', () => process.kill(999999));
t('kill group esrch', () => process.kill(-999999, 0));
t('kill unknown name', () => process.kill(process.pid, 'SIGFOO'));
t('kill bad number', () => process.kill(process.pid, 999));
t('kill negative signal', () => process.kill(process.pid, -1));
t('kill string pid', () => process.kill('abc'));
t('kill float pid', () => process.kill(1.5));
t('kill numeric string pid', () => process.kill(String(process.pid), 0));
t('kill signal 0', () => process.kill(process.pid, 0));
t('kill object signal', () => process.kill(process.pid, {}));
t('chdir missing', () => process.chdir('/nonexistent-dir-for-weft'));
t('chdir number', () => process.chdir(5));
t('chdir ok', () => { const c = process.cwd(); process.chdir('/'); const r = process.cwd(); process.chdir(c); return r; });
t('umask read', () => process.umask());
t('umask octal string', () => process.umask('0777'));
t('umask read again', () => process.umask());
t('umask number', () => process.umask(0o22));
t('umask bad string', () => process.umask('abc'));
t('umask 8 in string', () => process.umask('0778'));
t('umask object', () => process.umask({}));
t('umask negative', () => process.umask(-1));
t('umask float', () => process.umask(1.5));
t('cpuUsage missing system', () => process.cpuUsage({ user: 1 }));
t('cpuUsage negative', () => process.cpuUsage({ user: -1, system: 0 }));
t('cpuUsage number', () => process.cpuUsage(5));
t('cpuUsage string user', () => process.cpuUsage({ user: 'a', system: 0 }));
t('cpuUsage keys', () => Object.keys(process.cpuUsage({ user: 0, system: 0 })));
t('threadCpuUsage keys', () => Object.keys(process.threadCpuUsage()));
t('threadCpuUsage negative', () => process.threadCpuUsage({ user: 0, system: -5 }));
t('hrtime short', () => process.hrtime([1]));
t('hrtime string', () => process.hrtime('x'));
t('hrtime long', () => process.hrtime([1, 2, 3]));
t('hrtime diff', () => { const d = process.hrtime(process.hrtime()); return [d.length, d[0] >= 0, d[1] >= 0]; });
t('hrtime.bigint', () => typeof process.hrtime.bigint());
t('exitCode string', () => { process.exitCode = 'x'; });
t('exitCode float', () => { process.exitCode = 1.5; });
t('exitCode numeric string', () => { process.exitCode = '5'; return process.exitCode; });
t('exitCode undefined', () => { process.exitCode = undefined; return process.exitCode; });
t('exitCode boolean', () => { process.exitCode = true; });
t('exitCode empty string', () => { process.exitCode = ''; });
t('exitCode null', () => { process.exitCode = null; return process.exitCode; });
t('exit string', () => process.exit('abc'));
t('memoryUsage keys', () => Object.keys(process.memoryUsage()));
t('rss', () => typeof process.memoryUsage.rss());
t('resourceUsage keys', () => Object.keys(process.resourceUsage()));
t('ids', () => [process.getuid(), process.getgid(), process.geteuid(), process.getegid(), Array.isArray(process.getgroups())]);
t('memory', () => [typeof process.constrainedMemory(), process.availableMemory() > 0]);
t('names', () => ['kill', 'cwd', 'chdir', 'umask', 'uptime', 'hrtime', 'cpuUsage', 'threadCpuUsage',
  'memoryUsage', 'resourceUsage', 'emitWarning', 'exit', 'abort', 'getActiveResourcesInfo',
  'setUncaughtExceptionCaptureCallback', 'hasUncaughtExceptionCaptureCallback',
  'setSourceMapsEnabled', 'ref', 'unref', 'getBuiltinModule', 'getuid', 'getgroups',
  'constrainedMemory', 'availableMemory'].map((n) => `${n}:${typeof process[n]}:${process[n].length}`));
t('fn names', () => [process.hrtime.bigint.name, process.memoryUsage.rss.name, process.kill.name]);
process.exitCode = 0;
