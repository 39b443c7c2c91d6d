// n `await i` (non-promise values) in one async loop. Variants: none | init | all | als.
'use strict';
const { fail, parseArgs, timePromiseVariant } = require('./common.js');

const { variant, n } = parseArgs(['none', 'init', 'all', 'als']);

timePromiseVariant(variant, async () => {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await i;
  if (sum !== (n * (n - 1)) / 2) fail(`sum ${sum} is wrong`);
});
