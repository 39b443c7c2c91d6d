// The AsyncLocalStorage logger example (async_context doc / Bun's page), with the HTTP server
// replaced by two simulated requests arriving from timers: each request's run() id is seen by
// every log call in that request, also after setImmediate / a promise / a nested timer, and
// "-" outside any request. Expected per the doc: 0: start, 0: finish, 1: start, 1: finish.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const asyncLocalStorage = new AsyncLocalStorage();
function logWithId(msg) {
  const id = asyncLocalStorage.getStore();
  console.log(`${id !== undefined ? id : '-'}:`, msg);
}
let idSeq = 0;
function handleRequest(done) {
  asyncLocalStorage.run(idSeq++, () => {
    logWithId('start');
    setImmediate(() => {
      Promise.resolve().then(() => {
        setTimeout(() => {
          logWithId('finish');
          done();
        }, 1);
      });
    });
  });
}
logWithId('before requests');
setTimeout(() => handleRequest(() => setTimeout(() => handleRequest(() => logWithId('all done')), 5)), 5);
