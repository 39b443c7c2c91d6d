// The parent side of a worker in async_hooks: the Worker is a WORKER resource (trigger = the
// creating scope), followed by its internal MESSAGEPORT; 'online' runs in that port; 'exit'
// runs in the WORKER resource, which is then destroyed. (Node's other internal ports and ticks
// are left out of the trace: weft has no such internals; the port's own closing is left out
// too, as Node orders it against 'exit' differently from run to run.)
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const { Worker } = require('worker_threads');

const w = (s) => fs.writeSync(1, `${s}\n`);
const tracked = new Set();
const ports = new Set();
let wantPort = false;
let onlineSeen = false;
ah.createHook({
  init(id, type, trigger) {
    if (type === 'WORKER' || (type === 'MESSAGEPORT' && wantPort)) {
      wantPort = type === 'WORKER';
      tracked.add(id);
      if (type === 'MESSAGEPORT') ports.add(id);
      w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`);
    }
  },
  before(id) { if (tracked.has(id)) w(`before id=${id}`); },
  after(id) {
    if (!tracked.has(id)) return;
    w(`after id=${id}`);
    // Once 'online' ran, stop following the port.
    if (onlineSeen && ports.has(id)) tracked.delete(id);
  },
  destroy(id) { if (tracked.has(id)) w(`destroy id=${id}`); },
}).enable();

function start(code, next) {
  const worker = new Worker(code, { eval: true });
  worker.on('online', () => {
    onlineSeen = true;
    w(`online eid=${ah.executionAsyncId()}`);
  });
  worker.on('error', (e) => w(`error ${e.message} eid=${ah.executionAsyncId()}`));
  worker.on('exit', (c) => {
    onlineSeen = false;
    w(`exit ${c} eid=${ah.executionAsyncId()}`);
    if (next) setTimeout(next, 10);
  });
}

start('1 + 1', () => start('setTimeout(() => {}, 5)'));
