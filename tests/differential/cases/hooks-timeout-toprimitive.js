// A Timeout converts to its async id (Symbol.toPrimitive); an Immediate does not convert.
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

const seen = [];
ah.createHook({ init(id, type) { if (type === 'Timeout') seen.push(id); } }).enable();
const t = setTimeout(() => {}, 1);
const iv = setInterval(() => {}, 1000);
w(`+timeout === asyncId ${+t === seen[0]} id=${+t}`);
w(`+interval === asyncId ${+iv === seen[1]} id=${+iv}`);
w(`toPrimitive is a function ${typeof t[Symbol.toPrimitive]}`);
w(`template string ${`${t}` === String(seen[0])}`);
clearInterval(iv);
clearTimeout(t);
const i = setImmediate(() => {});
w(`+immediate ${+i}`);
