// A worker's exit code and 'error' event in each way it can end: an unhandled rejection, a
// process.exitCode, process.exit() taking process.exitCode, a thrown error after the worker's
// own 'exit' listeners ran, process.exit(n) from a timer while parentPort keeps it alive, an
// exception handled by the worker's 'uncaughtException' listener, and exit inside try/catch.
'use strict';
const { Worker } = require('worker_threads');

const cases = [
  `Promise.reject(new Error('rejected'))`,
  `process.exitCode = 5`,
  `process.exitCode = 6; process.exit()`,
  `process.on('exit', (c) => { require('fs').writeSync(1, 'worker exit listener ' + c + '\\n') });
   throw new TypeError('thrown')`,
  `require('worker_threads').parentPort.on('message', () => {}); setTimeout(() => process.exit(2), 20)`,
  `process.on('uncaughtException', (e) => {
     require('worker_threads').parentPort.postMessage('caught ' + e.message);
   });
   setTimeout(() => { throw new Error('late') }, 1)`,
  `try { process.exit(4) } catch { require('worker_threads').parentPort.postMessage('caught exit') }
   require('worker_threads').parentPort.postMessage('still running')`,
];

(async () => {
  for (const [i, c] of cases.entries()) {
    await new Promise((resolve) => {
      const w = new Worker(c, { eval: true });
      w.on('message', (m) => console.log('  message', m));
      w.on('error', (e) => console.log('  error', e.name, e.message));
      w.on('exit', (code) => {
        console.log(`case ${i} exit ${code}`);
        resolve();
      });
    });
  }
})();
