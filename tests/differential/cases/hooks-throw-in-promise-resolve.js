// An exception thrown by a promiseResolve hook is fatal like one from init: the error goes to stderr
// (first line compared), 'uncaughtException' listeners are not called, 'exit' listeners run
// with code 1, nothing else runs, and the exit status is 1.
// diff: stderr=first-line
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
process.on('uncaughtException', () => fs.writeSync(1, 'uncaughtException listener (not expected)\n'));
process.on('exit', (code) => fs.writeSync(1, `exit listener code=${code}\n`));
ah.createHook({
  promiseResolve(id) {
    fs.writeSync(1, 'promiseResolve: throwing\n');
    throw new Error('boom in promiseResolve');
  },
}).enable();
setTimeout(() => fs.writeSync(1, 'timer callback (not expected)\n'), 10);
fs.writeSync(1, 'before resolving\n');
new Promise((resolve) => resolve(1));
fs.writeSync(1, 'after resolving (not expected)\n');
