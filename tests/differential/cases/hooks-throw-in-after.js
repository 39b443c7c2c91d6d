// An exception thrown by a after hook is fatal like one from init: the error goes to stderr
// (first line compared), 'uncaughtException' listeners are not called, 'exit' listeners run
// with code 1, nothing else runs, and the exit status is 1.
// diff: stderr=first-line
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
process.on('uncaughtException', () => fs.writeSync(1, 'uncaughtException listener (not expected)\n'));
process.on('exit', (code) => fs.writeSync(1, `exit listener code=${code}\n`));
ah.createHook({
  after(id) {
    fs.writeSync(1, 'after: throwing\n');
    throw new Error('boom in after');
  },
}).enable();
setTimeout(() => {
  fs.writeSync(1, 'timer callback runs\n');
  process.nextTick(() => fs.writeSync(1, 'tick from timer (not expected)\n'));
}, 1);
setTimeout(() => fs.writeSync(1, 'second timer (not expected)\n'), 20);
