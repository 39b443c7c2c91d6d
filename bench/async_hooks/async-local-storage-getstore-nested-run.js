// n getStore() calls on the outermost of D nested AsyncLocalStorage#run scopes (one store
// per instance), D = the variant: 1 | 10 | 100. Report as ns/op.
'use strict';
const { fail, newStorage, parseArgs, timeSync } = require('./common.js');

const { variant, n } = parseArgs(['1', '10', '100']);
const depth = Number(variant);
const storages = Array.from({ length: depth }, () => newStorage());
const outer = storages[0];
let misses = 0;

function nest(level) {
  if (level < depth) {
    storages[level].run({ level }, nest, level + 1);
    return;
  }
  timeSync(() => {
    for (let i = 0; i < n; i++) if (outer.getStore().level !== 0) misses++;
  });
}
nest(0);
if (misses !== 0) fail(`outer store wrong ${misses} times`);
