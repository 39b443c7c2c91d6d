// A hook with only before/after (no init) still sees promise reactions: before/after fire
// for the then() promise with its id, which equals executionAsyncId() inside the callback; a
// hook with only promiseResolve sees settlements. Promise.resolve() promises never get
// before/after of their own.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const log = [];
ah.createHook({
  before(id) { log.push(`before ${id}`); },
  after(id) { log.push(`after ${id}`); },
}).enable();
const resolved = [];
ah.createHook({ promiseResolve(id) { resolved.push(id); } }).enable();

let inside;
const base = Promise.resolve(1);
base.then(() => {
  inside = ah.executionAsyncId();
  log.push(`callback eid=${inside}`);
});
setTimeout(() => {
  const mine = log.filter((l) => l.endsWith(` ${inside}`) || l.startsWith('callback'));
  w(mine.join('\n').replaceAll(String(inside), 'X'));
  w(`promiseResolve saw the then() promise: ${resolved.includes(inside)}`);
}, 10);
