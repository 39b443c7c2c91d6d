// An exception thrown by an init hook is fatal: the error goes to stderr (first line
// compared), 'uncaughtException' listeners are not called, 'exit' listeners run with
// code 1, the rest of the script does not run, and the status is 1.
// diff: stderr=first-line
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
process.on('uncaughtException', () => fs.writeSync(1, 'uncaughtException listener (not expected)\n'));
process.on('exit', (code) => fs.writeSync(1, `exit listener code=${code}\n`));
ah.createHook({
  init(id, type) {
    fs.writeSync(1, `init ${type}: throwing\n`);
    throw new Error('boom in init');
  },
}).enable();
setTimeout(() => fs.writeSync(1, 'timer callback (not expected)\n'), 1);
fs.writeSync(1, 'after setTimeout (not expected)\n');
