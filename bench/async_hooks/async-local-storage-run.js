// n rounds of `await new Promise((resolve) => als.run(i, resolve))`: an ALS run plus a promise
// round trip per iteration. Variants: none (the same loop without als.run) | run.
'use strict';
const { fail, newStorage, parseArgs, timeAsync } = require('./common.js');

const { variant, n } = parseArgs(['none', 'run']);

if (variant === 'none') {
  timeAsync(async () => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => resolve(i));
  });
} else {
  const als = newStorage();
  let seen = 0;
  const check = (i, resolve) => {
    if (als.getStore() === i) seen++;
    resolve();
  };
  timeAsync(async () => {
    for (let i = 0; i < n; i++) await new Promise((resolve) => als.run(i, check, i, resolve));
    if (seen !== n) fail(`store visible in ${seen} of ${n} runs`);
  });
}
