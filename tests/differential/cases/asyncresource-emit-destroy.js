// AsyncResource.emitDestroy(): returns the resource; destroy is not delivered synchronously but
// batched like other destroys (check phase, before the immediates queued in the same turn, after
// ticks and microtasks); calling it twice queues a second destroy for the same id (no error in
// Node 26); emitDestroy on a requireManualDestroy resource works the same.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const show = new Set(['AR', 'MANUAL', 'Immediate', 'TickObject']);
const types = new Map();
ah.createHook({
  init(id, type, trigger) { types.set(id, type); if (show.has(type)) w(`init ${type} id=${id} trigger=${trigger}`); },
  destroy(id) { if (show.has(types.get(id))) w(`destroy ${types.get(id)} id=${id} eid=${ah.executionAsyncId()}`); },
}).enable();

setTimeout(() => {
  const r = new ah.AsyncResource('AR');
  const m = new ah.AsyncResource('MANUAL', { requireManualDestroy: true });
  setImmediate(() => w('immediate queued before emitDestroy'));
  w(`emitDestroy returns the resource: ${r.emitDestroy() === r}`);
  w('emitted (nothing delivered yet)');
  r.emitDestroy();
  m.emitDestroy();
  process.nextTick(() => w('tick'));
  Promise.resolve().then(() => w('microtask'));
  setImmediate(() => w('immediate queued after emitDestroy'));
}, 10);
