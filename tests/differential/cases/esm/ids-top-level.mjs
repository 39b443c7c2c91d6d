// ESM top level (Node 26.10, no hook enabled): executionAsyncId() and triggerAsyncId() are
// both 0, unlike CommonJS (1, 0), because the module body is evaluated from the loader's
// async machinery rather than inside the main callback scope. A Timeout created there has
// trigger 0. (Also exercises the runner's subfolder and .mjs handling.)
import { executionAsyncId, triggerAsyncId, executionAsyncResource } from 'node:async_hooks';

console.log(`top level eid=${executionAsyncId()} tid=${triggerAsyncId()}`);
const r = executionAsyncResource();
console.log('resource is object', typeof r === 'object' && r !== null, 'same twice', r === executionAsyncResource());
const t = setTimeout(() => {
  console.log(`timer eid=${executionAsyncId()} tid=${triggerAsyncId()}`);
  console.log('eid is the timer id', executionAsyncId() === +t);
}, 1);
