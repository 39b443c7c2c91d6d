// 'exit' listeners run in registration order with the code; exitCode set at top level is the
// status; an 'exit' listener may change process.exitCode; timers made in 'exit' never run.
'use strict';
process.exitCode = 4;
process.on('exit', (code) => {
  console.log(`exit listener 1 code=${code}`);
  setTimeout(() => console.log('timer from exit (not expected)'), 0);
  process.exitCode = 6;
});
process.on('exit', (code) => console.log(`exit listener 2 code=${code} exitCode=${process.exitCode}`));
console.log('main');
