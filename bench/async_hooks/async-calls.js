// n `await f(i)` where f is an async function returning its argument.
// Variants: none | init | all | als.
'use strict';
const { fail, parseArgs, timePromiseVariant } = require('./common.js');

const { variant, n } = parseArgs(['none', 'init', 'all', 'als']);

async function identity(x) {
  return x;
}

timePromiseVariant(variant, async () => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await identity(i);
  if (sum !== (n * (n - 1)) / 2) fail(`sum ${sum} is wrong`);
});
