// n AsyncResource#runInAsyncScope calls (synchronous callback).
// Variants: reuse (one resource for all calls) | construct (a new AsyncResource('X') per call),
// each optionally with `+all` (init, before, after, destroy, promiseResolve hooks, all empty).
'use strict';
const { asyncHooks, fail, parseArgs, enableHooks, timeSync } = require('./common.js');

const { variant, n } = parseArgs(['reuse', 'reuse+all', 'construct', 'construct+all']);
const [mode, hooks = 'none'] = variant.split('+');
enableHooks(hooks);
const { AsyncResource } = asyncHooks;

let calls = 0;
function work(a) {
  calls += a;
}

if (mode === 'reuse') {
  const resource = new AsyncResource('X');
  timeSync(() => {
    for (let i = 0; i < n; i++) resource.runInAsyncScope(work, null, 1);
  });
} else {
  timeSync(() => {
    for (let i = 0; i < n; i++) new AsyncResource('X').runInAsyncScope(work, null, 1);
  });
}
if (calls !== n) fail(`callback ran ${calls} times, expected ${n}`);
