// n executionAsyncId() calls (report as ns/op).
// Variants: none (same loop calling a plain function: loop cost) | top (at top level) |
// scope (inside AsyncResource#runInAsyncScope) | hooked (top level, with an init hook enabled).
'use strict';
const { asyncHooks, fail, parseArgs, enableHooks, timeSync } = require('./common.js');

const { variant, n } = parseArgs(['none', 'top', 'scope', 'hooked']);
const { executionAsyncId, AsyncResource } = asyncHooks;
let expected;
let wrong = 0;

function loop(eid) {
  for (let i = 0; i < n; i++) if (eid() !== expected) wrong++;
}

if (variant === 'none') {
  expected = 1;
  timeSync(() => loop(() => 1));
} else if (variant === 'scope') {
  const resource = new AsyncResource('X');
  resource.runInAsyncScope(() => {
    expected = resource.asyncId();
    timeSync(() => loop(executionAsyncId));
  });
} else {
  if (variant === 'hooked') enableHooks('init');
  expected = executionAsyncId();
  timeSync(() => loop(executionAsyncId));
}
if (wrong !== 0) fail(`executionAsyncId() was not ${expected} ${wrong} times`);
