// A signal sent to ourselves reaches every listener on the next loop turn with (name, number);
// removing the last listener restores the default action only after the handle closes: here
// SIGUSR2 goes back to being ignored-by-listener until removal; SIGWINCH (default: ignore) can
// be delivered after removal without killing us.
'use strict';
const { equal, mustCall } = require('../common.js');

const calls = [];
const onUsr2 = mustCall('SIGUSR2 listener', (name, num) => {
  calls.push([name, num]);
  process.removeListener('SIGUSR2', onUsr2);
  process.on('SIGWINCH', onWinch);
  process.kill(process.pid, 'SIGWINCH');
});
const onWinch = mustCall('SIGWINCH listener', (name) => {
  calls.push([name]);
  process.removeListener('SIGWINCH', onWinch);
  // Default action of SIGWINCH is to ignore it: the process goes on.
  process.kill(process.pid, 'SIGWINCH');
  setTimeout(() => equal('delivered in order', calls, [['SIGUSR2', 12], ['SIGWINCH']]), 20);
});
process.on('SIGUSR2', onUsr2);
process.kill(process.pid, 'SIGUSR2');
setTimeout(() => {}, 200);
