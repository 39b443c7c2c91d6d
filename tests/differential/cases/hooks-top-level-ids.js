// At top level executionAsyncId() is 1 and triggerAsyncId() is 0 (also with a hook
// enabled); executionAsyncResource() is an object, the same one each time.
'use strict';
const ah = require('node:async_hooks');
console.log(`eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`);
const r1 = ah.executionAsyncResource();
const r2 = ah.executionAsyncResource();
console.log('resource is object', typeof r1 === 'object' && r1 !== null, 'same twice', r1 === r2);
console.log('resource keys', JSON.stringify(Object.keys(r1)));
ah.createHook({ init() {} }).enable();
console.log(`with hook: eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`);
console.log('still same resource', ah.executionAsyncResource() === r1);
setTimeout(() => {
  console.log('in timer: differs from top-level resource', ah.executionAsyncResource() !== r1);
}, 1);
