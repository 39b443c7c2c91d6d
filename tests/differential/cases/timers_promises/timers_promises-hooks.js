// Async resources of node:timers/promises (Node 26): each setTimeout / scheduler.wait makes one
// Timeout, each setImmediate / scheduler.yield one Immediate, setInterval one repeating Timeout
// (before/after per tick, destroyed when the loop ends), an aborted setTimeout destroys its
// Timeout; triggers are the current execution context. PROMISE resources are not traced.
'use strict';
const { createHook, executionAsyncId, triggerAsyncId } = require('async_hooks');
const fs = require('fs');
const tp = require('timers/promises');
const write = (line) => fs.writeSync(1, `${line}\n`);
const tracked = new Set();
createHook({
  init(id, type, trigger) {
    if (type === 'PROMISE') return;
    tracked.add(id);
    write(`init ${type} id=${id} trigger=${trigger} eid=${executionAsyncId()} tid=${triggerAsyncId()}`);
  },
  before(id) { if (tracked.has(id)) write(`before id=${id}`); },
  after(id) { if (tracked.has(id)) write(`after id=${id}`); },
  destroy(id) { if (tracked.has(id)) write(`destroy id=${id}`); },
}).enable();

(async () => {
  write('step setTimeout');
  await tp.setTimeout(10, 'a');
  write('step setImmediate');
  await tp.setImmediate('b');
  write('step wait');
  await tp.scheduler.wait(10);
  write('step yield');
  await tp.scheduler.yield();
  write('step abort');
  const ac = new AbortController();
  const p = tp.setTimeout(100000, 'x', { signal: ac.signal });
  ac.abort();
  await p.catch(() => write('aborted'));
  write('step interval');
  let k = 0;
  for await (const v of tp.setInterval(10, 'i')) {
    write(`tick ${v}`);
    if (++k === 2) break;
  }
  write('end');
})();
