// Listening to a signal that cannot be caught (SIGKILL, SIGSTOP) throws Node's errno exception
// from process.on (`uv_signal_start EINVAL`); signal listeners do not keep the process alive,
// so a signal sent when nothing else is pending is never delivered; unknown 'SIG...' names and
// other events are plain events.
'use strict';
for (const sig of ['SIGKILL', 'SIGSTOP']) {
  try {
    process.on(sig, () => {});
    console.log(sig, 'no throw');
  } catch (e) {
    console.log(sig, e.name, e.message, e.code, e.errno, e.syscall, Object.keys(e));
  }
  console.log(sig, 'listeners after', process.listenerCount(sig));
}
process.on('SIGFOO', () => console.log('SIGFOO plain event'));
process.emit('SIGFOO');
const fs = require('fs');
process.on('SIGUSR1', () => fs.writeSync(1, 'never: the loop has nothing to wait for\n'));
process.kill(process.pid, 'SIGUSR1');
fs.writeSync(1, 'sent\n');
