// Helper worker for worker_threads-basic.js: reports what it sees, echoes messages, then exits
// with the code it is told.
'use strict';
const util = require('util');
const wt = require('worker_threads');

const { parentPort, workerData } = wt;
parentPort.postMessage({
  isMainThread: wt.isMainThread,
  threadId: wt.threadId,
  threadName: wt.threadName,
  argv: process.argv.slice(2),
  env: wt.getEnvironmentData('shared'),
  dataShown: util.inspect(workerData, { depth: 4 }),
  cycle: workerData.self === workerData,
  shared: workerData.pair[0] === workerData.pair[1],
  viewsShareBuffer: workerData.u8.buffer === workerData.dv.buffer,
});
process.on('exit', (code) => {
  parentPort.postMessage(`worker exit event ${code}`);
});
parentPort.on('message', (msg) => {
  if (msg.cmd === 'echo') {
    parentPort.postMessage({ echo: msg.value, type: util.inspect(msg.value) });
  } else if (msg.cmd === 'exit') {
    process.exit(msg.code);
  } else if (msg.cmd === 'leave') {
    parentPort.close();
  }
});
