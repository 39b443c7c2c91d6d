// process.exitCode set inside a timer becomes the exit status; later timers still run.
'use strict';
process.on('exit', (code) => console.log(`exit code=${code} process.exitCode=${process.exitCode}`));
setTimeout(() => {
  process.exitCode = 3;
  console.log('set exitCode 3');
}, 1);
setTimeout(() => console.log('later timer runs'), 10);
