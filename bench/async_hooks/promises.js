// n rounds of `await Promise.resolve(i).then(thrower).catch(swallow)`: a resolve, a rejecting
// reaction and a catch per iteration. Variants (hook sets, callbacks empty): none |
// init (init only) | resolve (promiseResolve only) | destroy (init and destroy).
'use strict';
const { fail, parseArgs, enableHooks, timeAsync, checkPromiseHooks } = require('./common.js');

const { variant, n } = parseArgs(['none', 'init', 'resolve', 'destroy']);
enableHooks(variant);
const failure = { reason: 'expected' };
let caught = 0;
const thrower = () => {
  throw failure;
};
const swallow = (e) => {
  if (e === failure) caught++;
};

timeAsync(async () => {
  for (let i = 0; i < n; i++) await Promise.resolve(i).then(thrower).catch(swallow);
  if (caught !== n) fail(`caught ${caught} of ${n}`);
}, () => checkPromiseHooks(variant));
