// An uncaught exception in a timer: Node prints the throw site and stack to stderr (only the
// first line is compared: the file:line of the throw), runs 'exit' with code 1, exits 1, and
// later timers do not run.
// diff: stderr=first-line
'use strict';
process.on('exit', (code) => console.log(`exit code=${code}`));
setTimeout(() => {
  console.log('throwing');
  throw new Error('boom in timer');
}, 1);
setTimeout(() => console.log('later timer (not expected)'), 30);
