// A hook enabled from inside another hook's init callback does not see the event being
// delivered; it sees the following ones.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const late = ah.createHook({
  init(id, type, trigger) { w(`late: init ${type} id=${id} trigger=${trigger}`); },
  before(id) { w(`late: before id=${id}`); },
  after(id) { w(`late: after id=${id}`); },
});
let enabled = false;
ah.createHook({
  init(id, type, trigger) {
    w(`first: init ${type} id=${id} trigger=${trigger}`);
    if (!enabled) {
      enabled = true;
      late.enable();
      w('first: enabled late hook');
    }
  },
}).enable();
setTimeout(() => w('timeout 1'), 1);
setTimeout(() => w('timeout 2'), 1);
