// With an 'uncaughtException' listener, a throw in a timer is handed to it (with the
// origin), the loop continues with later timers, and the status is 0.
'use strict';
process.on('uncaughtException', (err, origin) => {
  console.log(`caught: ${err.message} origin=${origin}`);
});
process.on('exit', (code) => console.log(`exit code=${code}`));
setTimeout(() => {
  process.nextTick(() => console.log('tick queued before the throw'));
  throw new Error('boom in timer');
}, 1);
setTimeout(() => console.log('later timer runs'), 20);
