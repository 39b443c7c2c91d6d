// process.stdout.write without a callback schedules nothing; with one, a TickObject per batch.
const async_hooks = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(2, s + '\n');
async_hooks.createHook({
  init(id, type, trigger) { w(`init ${type} id=${id} trigger=${trigger}`); },
  before(id) { w(`before id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();
w('access');
const out = process.stdout;
w('write');
out.write('x\n');
out.write('y\n', () => w('callback y'));
out.write('z\n', () => w('callback z'));
