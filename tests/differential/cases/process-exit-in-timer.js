// process.exit(n) inside a timer: the rest of the callback, pending ticks and later timers do
// not run; 'exit' listeners get n; the status is n.
'use strict';
process.on('exit', (code) => console.log(`exit code=${code}`));
process.on('beforeExit', () => console.log('beforeExit (not expected)'));
setTimeout(() => {
  process.nextTick(() => console.log('tick (not expected)'));
  console.log('exiting with 5');
  process.exit(5);
  console.log('after exit (not expected)');
}, 1);
setTimeout(() => console.log('later timer (not expected)'), 20);
