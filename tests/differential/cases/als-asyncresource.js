// AsyncLocalStorage and AsyncResource: a resource captures the context current at its
// construction; runInAsyncScope (and bind / AsyncResource.bind) runs fn in that context
// whatever is current at the call, restores the caller's context afterwards (also on throw);
// enterWith inside runInAsyncScope does not leak out; async work started inside the scope
// carries the captured store.
'use strict';
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const res = als.run('at-construction', () => new AsyncResource('R'));
const boundStatic = als.run('at-static-bind', () => AsyncResource.bind(() => als.getStore()));
const boundInstance = res.bind(() => als.getStore());
als.run('caller', () => {
  console.log('runInAsyncScope sees', res.runInAsyncScope(() => als.getStore()));
  console.log('instance bind sees', boundInstance());
  console.log('static bind sees', boundStatic());
  try {
    res.runInAsyncScope(() => { throw new Error('t'); });
  } catch {
    console.log('after throw caller has', als.getStore());
  }
  res.runInAsyncScope(() => {
    als.enterWith('entered-inside');
    setTimeout(() => console.log('timer started in scope sees', als.getStore()), 2);
  });
  console.log('after enterWith inside scope caller has', als.getStore());
  console.log('second call sees', res.runInAsyncScope(() => als.getStore()));
});
console.log('resource created at top sees', new AsyncResource('T').runInAsyncScope(() => als.getStore()));
