// The executionAsyncResource() CLS example of the async_hooks doc (state stored on the current
// resource under a symbol, copied to every new resource in init), with the HTTP server
// replaced by two simulated requests, and the state followed through promises, await and a
// timer: PROMISE resources are the objects init receives, so the copy works for them too.
'use strict';
const { executionAsyncResource, createHook } = require('node:async_hooks');
const sym = Symbol('state');
createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    const cr = executionAsyncResource();
    if (cr) resource[sym] = cr[sym];
  },
}).enable();
const state = () => JSON.stringify(executionAsyncResource()[sym]);
function handle(url) {
  executionAsyncResource()[sym] = { state: url };
  Promise.resolve().then(() => {
    console.log(`${url} then:`, state());
    return (async () => {
      await null;
      console.log(`${url} after await:`, state());
      setTimeout(function () {
        console.log(`${url} timer:`, state());
      }, 5);
    })();
  });
}
setTimeout(() => handle('/a'), 1);
setTimeout(() => handle('/b'), 80); // well after /a's 5 ms timer, even on a loaded machine
