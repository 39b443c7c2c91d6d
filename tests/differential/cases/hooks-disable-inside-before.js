// A hook disabled from inside a before callback: the other hooks of that round still run,
// and the disabled hook still gets the rest of the current round (Node applies the change
// after the emit loop); it is gone for later events.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
let b;
const a = ah.createHook({
  before(id) {
    w(`a: before id=${id}`);
    b.disable();
    w('a: disabled b');
  },
  after(id) { w(`a: after id=${id}`); },
});
b = ah.createHook({
  before(id) { w(`b: before id=${id}`); },
  after(id) { w(`b: after id=${id}`); },
});
a.enable();
b.enable();
setTimeout(() => {
  w('timeout 1');
  setTimeout(() => w('timeout 2'), 1);
}, 1);
