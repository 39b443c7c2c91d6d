// n `await undefined` in one async loop while S AsyncLocalStorage stores are active (S nested
// runs of distinct instances), S = the variant: 0 | 1 | 10 | 100.
'use strict';
const { fail, newStorage, parseArgs, timeAsync } = require('./common.js');

const { variant, n } = parseArgs(['0', '1', '10', '100']);
const count = Number(variant);
const storages = Array.from({ length: count }, () => newStorage());

function nest(level) {
  if (level < count) return storages[level].run(level, nest, level + 1);
  timeAsync(async () => {
    for (let i = 0; i < n; i++) await undefined;
    storages.forEach((s, level) => {
      if (s.getStore() !== level) fail(`store ${level} lost`);
    });
  });
}
nest(0);
