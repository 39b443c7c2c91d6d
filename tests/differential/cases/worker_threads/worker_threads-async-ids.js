// Each worker thread has its own async ids, hooks and AsyncLocalStorage: a worker's CommonJS
// entry runs as async id 2 (trigger 0), its first user resource is id 5; hooks enabled in one
// thread see nothing of another; a store set in the parent is not visible in the worker.
'use strict';
const path = require('path');
const ah = require('async_hooks');
const { Worker } = require('worker_threads');

const als = new ah.AsyncLocalStorage();
let inits = 0;
ah.createHook({ init(id, type) { if (type === 'Timeout' || type === 'Immediate') inits++; } }).enable();

als.run('parent-store', () => {
  const first = new Worker(path.join(__dirname, '_hooks-worker.js'));
  let said;
  first.on('message', (m) => {
    said = `${m} parent store ${als.getStore()}`;
    first.on('exit', (c) => {
      console.log('first said', said);
      console.log('first exit', c, 'parent timer/immediate inits', inits);
      const second = new Worker(path.join(__dirname, '_hooks-worker.js'));
      second.on('exit', (c2) => console.log('second exit', c2, 'store', als.getStore()));
    });
  });
});
