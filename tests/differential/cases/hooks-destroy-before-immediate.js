// Semantics 3.3.9: destroy hooks of a batch run in the check phase ahead of JS immediates
// queued in the same turn: the Timeout's destroy prints before the Immediate's before.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Map();
ah.createHook({
  init(id, type, trigger) { types.set(id, type); w(`init ${type} id=${id} trigger=${trigger}`); },
  before(id) { w(`before ${types.get(id)} id=${id}`); },
  after(id) { w(`after ${types.get(id)} id=${id}`); },
  destroy(id) { w(`destroy ${types.get(id)} id=${id}`); },
}).enable();
setTimeout(() => {
  w('timeout callback: schedules an immediate and a cleared timer');
  setImmediate(() => w('immediate callback'));
  clearTimeout(setTimeout(() => w('never'), 100));
}, 1);
