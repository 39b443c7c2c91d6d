// A hook trace of timers, immediates and ticks: every async resource this script creates is
// reported by an async hook (init/before/after/destroy), with the execution and trigger ids.
// Run it with `weft examples/hook-trace.js` (or `./scripts/example.sh`).
'use strict';

const async_hooks = require('node:async_hooks');
const fs = require('node:fs');

// console.log inside a hook would itself be traced; write synchronously instead.
let depth = 0;
const log = (line) => fs.writeSync(1, `${'  '.repeat(depth)}${line}\n`);

async_hooks.createHook({
  init(asyncId, type, triggerAsyncId) {
    log(`init ${type} id=${asyncId} trigger=${triggerAsyncId} eid=${async_hooks.executionAsyncId()}`);
  },
  before(asyncId) {
    log(`before id=${asyncId}`);
    depth++;
  },
  after(asyncId) {
    depth--;
    log(`after id=${asyncId}`);
  },
  destroy(asyncId) {
    log(`destroy id=${asyncId}`);
  },
}).enable();

log(`top level: executionAsyncId=${async_hooks.executionAsyncId()} triggerAsyncId=${async_hooks.triggerAsyncId()}`);

setTimeout(function timeout() {
  log('timeout callback');
  process.nextTick(() => log('tick scheduled by the timeout'));
  setImmediate(() => log('immediate scheduled by the timeout'));
}, 10);

setImmediate(() => log('immediate callback'));
process.nextTick(() => log('tick callback'));

let ticks = 0;
const interval = setInterval(() => {
  log('interval callback');
  if (++ticks === 2) clearInterval(interval);
}, 1);
