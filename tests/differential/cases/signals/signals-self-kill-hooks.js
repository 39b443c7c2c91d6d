// process.on('SIGUSR2') creates a SIGNALWRAP resource (init at the first listener); a signal
// sent to ourselves is delivered from the event loop inside that resource's scope (before/after
// around the listeners, which get (name, number) with this === process); several signals sent
// in one turn arrive in order; removing the last listener closes the handle (destroy after the
// close phase); a second listener on the same signal shares the handle.
'use strict';
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
ah.createHook({
  init(id, type, tid) { w(`init ${type} id=${id} trigger=${tid} eid=${ah.executionAsyncId()}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();

function h1(...args) {
  w(`h1 ${JSON.stringify(args)} this=process:${this === process} eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`);
}
function h2(name) { w(`h2 ${name}`); }
function onInt(name, num) { w(`int ${name} ${num} eid=${ah.executionAsyncId()}`); }

process.on('SIGUSR2', h1);
process.on('SIGUSR2', h2);
process.on('SIGINT', onInt);
w(`listeners ${process.listenerCount('SIGUSR2')} ${process.listenerCount('SIGINT')}`);
w('kill');
w(`kill returned ${process.kill(process.pid, 'SIGUSR2')}`);
process.kill(process.pid, 2);
w('after kill');
setTimeout(() => {
  w('timeout');
  process.removeListener('SIGUSR2', h1);
  process.removeListener('SIGINT', onInt);
  w('removed h1 and SIGINT');
  process.kill(process.pid, 'SIGUSR2');
  setTimeout(() => {
    w('timeout2');
    process.removeListener('SIGUSR2', h2);
    w('removed all');
  }, 50);
}, 50);
