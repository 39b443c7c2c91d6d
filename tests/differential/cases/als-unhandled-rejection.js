// Context seen by 'unhandledRejection' listeners (nodejs/node#46262): Node 26 runs each
// listener in the context that was current when the promise was REJECTED (not when it was
// created, and not the listener's registration context); also for a rejection inside a
// timer and after a top-level enterWith. 'rejectionHandled' is not involved.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
als.run('listener-registration', () => {
  process.on('unhandledRejection', (reason) => console.log(`unhandledRejection ${reason.message}: store=${als.getStore()}`));
});
let reject;
als.run('created', () => new Promise((_, j) => { reject = j; }));
als.run('rejected', () => reject(new Error('created-then-rejected-elsewhere')));
als.run('reject-in-run', () => Promise.reject(new Error('plain')));
als.run('then-registration', () => Promise.resolve().then(() => als.run('inside-then', () => { throw new Error('thrown-in-then'); })));
als.run('outer', () => setTimeout(() => als.run('timer-run', () => Promise.reject(new Error('in-timer'))), 5));
als.enterWith('top-enterWith');
Promise.reject(new Error('after-enterWith'));
