// executionAsyncResource() inside a timer (and inside before/after hooks of it) is the
// Timeout object itself; inside an immediate it is the Immediate object.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const types = new Map();
const ctx = () => `eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`;
ah.createHook({
  init(id, type, trigger) { types.set(id, type); w(`init ${type} id=${id} trigger=${trigger} ${ctx()}`); },
  before(id) { w(`before ${types.get(id)} id=${id} ${ctx()}`); },
  after(id) { w(`after ${types.get(id)} id=${id} ${ctx()}`); },
  destroy(id) { w(`destroy ${types.get(id)} id=${id} ${ctx()}`); },
}).enable();

let t;
t = setTimeout(function () {
  w(`in timeout: resource === timeoutObj ${ah.executionAsyncResource() === t}`);
  w(`in timeout: this === timeoutObj ${this === t}`);
  const i = setImmediate(() => {
    w(`in immediate: resource === immediateObj ${ah.executionAsyncResource() === i}`);
    w(`in immediate: resource === timeoutObj ${ah.executionAsyncResource() === t}`);
  });
}, 1);
w(`top level: resource === timeoutObj ${ah.executionAsyncResource() === t}`);
