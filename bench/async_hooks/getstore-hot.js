// n AsyncLocalStorage#getStore() calls inside one als.run (report as ns/op).
// Variants: none (same loop calling a plain function returning the store: loop cost) |
// run (getStore inside run) | outside (getStore with no run active, returns undefined).
'use strict';
const { fail, newStorage, parseArgs, timeSync } = require('./common.js');

const { variant, n } = parseArgs(['none', 'run', 'outside']);
const store = { tag: 'bench' };
let misses = 0;

if (variant === 'none') {
  const plain = { getStore() { return store; } };
  timeSync(() => {
    for (let i = 0; i < n; i++) if (plain.getStore() !== store) misses++;
  });
} else {
  const als = newStorage();
  if (variant === 'run') {
    als.run(store, () => timeSync(() => {
      for (let i = 0; i < n; i++) if (als.getStore() !== store) misses++;
    }));
  } else {
    timeSync(() => {
      for (let i = 0; i < n; i++) if (als.getStore() !== undefined) misses++;
    });
  }
}
if (misses !== 0) fail(`getStore returned the wrong store ${misses} times`);
