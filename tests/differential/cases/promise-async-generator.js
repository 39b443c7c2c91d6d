// Async generators and for await: every continuation (inside the generator after await/yield,
// and in the consuming loop body) runs with a PROMISE resource as executionAsyncResource(),
// eid = that promise's id (never 0 or 1 once tracked), and each before has a matching after
// in the same order for the promises seen. The number of internal promises differs between V8
// and QuickJS, so only these relations and the values are printed.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const ids = new WeakMap();
const types = new Map();
const stack = [];
let balanced = true;
const hook = ah.createHook({
  init(id, type, trigger, resource) { ids.set(resource, id); types.set(id, type); },
  before(id) { if (types.get(id) === 'PROMISE') stack.push(id); },
  after(id) { if (types.get(id) === 'PROMISE' && stack.pop() !== id) balanced = false; },
}).enable();
const where = (label) => {
  const r = ah.executionAsyncResource();
  const eid = ah.executionAsyncId();
  w(`${label}: promise-resource=${r instanceof Promise} eid-is-resource=${eid === ids.get(r)} type=${types.get(eid)}`);
};
async function* gen() {
  where('gen start');
  await null;
  where('gen after await');
  yield 1;
  where('gen after yield 1');
  yield Promise.resolve(2);
  where('gen after yield 2');
}
(async () => {
  for await (const v of gen()) where(`loop body v=${v}`);
  where('after loop');
  const it = gen();
  const first = await it.next();
  where(`manual next ${JSON.stringify(first)}`);
  const ret = await it.return('r');
  where(`manual return ${JSON.stringify(ret)}`);
})().then(() => setTimeout(() => {
  hook.disable();
  w(`PROMISE before/after balanced: ${balanced && stack.length === 0}`);
}, 1));
