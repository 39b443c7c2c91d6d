// Resolving a promise with a thenable: the thenable's then() is called from a job that runs
// inside before/after of the promise being resolved (executionAsyncResource() is that promise,
// eid its id); the same for `await thenable` (the resource is then a promise the engine made
// for the thenable) and for a then() callback returning a thenable.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const ids = new WeakMap();
ah.createHook({ init(id, type, trigger, resource) { ids.set(resource, id); } }).enable();

const makeThenable = (label, value, expectResource) => ({
  then(onFulfilled) {
    const r = ah.executionAsyncResource();
    const eid = ah.executionAsyncId();
    w(`${label}: then called, resource-is-promise=${r instanceof Promise} eid-is-resource=${eid === ids.get(r)}`
      + (expectResource ? ` resource-is-resolved-promise=${r === expectResource()}` : '')
      + ` eid-not-top=${eid !== 1 && eid !== 0}`);
    onFulfilled(value);
  },
});

let viaExecutor;
viaExecutor = new Promise((resolve) => resolve(makeThenable('executor', 'A', () => viaExecutor)));
viaExecutor.then((v) => w(`executor value=${v}`));

let viaReturn;
viaReturn = Promise.resolve().then(() => makeThenable('returned from then', 'B', () => viaReturn));
viaReturn.then((v) => w(`returned value=${v}`));

(async () => {
  const v = await makeThenable('await', 'C');
  w(`await value=${v} resource-is-promise=${ah.executionAsyncResource() instanceof Promise}`);
})();
