// n `.then` callbacks in chains of 1000: each chain is built from a resolved promise, then awaited
// before the next one starts. Variants: none | init | all | als.
'use strict';
const { fail, parseArgs, timePromiseVariant } = require('./common.js');

const { variant, n } = parseArgs(['none', 'init', 'all', 'als']);
const LINK = 1000;
const chains = Math.max(1, Math.round(n / LINK));
const increment = (v) => v + 1;

timePromiseVariant(variant, async () => {
  let total = 0;
  for (let c = 0; c < chains; c++) {
    let p = Promise.resolve(0);
    for (let i = 0; i < LINK; i++) p = p.then(increment);
    total += await p;
  }
  if (total !== chains * LINK) fail(`chains summed to ${total}, expected ${chains * LINK}`);
});
