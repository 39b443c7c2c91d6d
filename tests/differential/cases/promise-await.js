// await of a plain value, of a held promise, and of an async function's result: the code
// after each await runs with executionAsyncResource() a promise that had an init (PROMISE),
// eid = that promise's id; after `await p` (p held) tid is p's id; after `await 1` the
// continuation is not tracked under eid 1. The async function's result promise is created at
// call time with trigger = the caller. Internal promise counts differ by engine and are not
// printed.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const ids = new WeakMap();
const types = new Map();
const trig = new WeakMap();
ah.createHook({ init(id, type, trigger, resource) { ids.set(resource, id); types.set(id, type); trig.set(resource, trigger); } }).enable();

const check = (label, awaited) => {
  const r = ah.executionAsyncResource();
  const eid = ah.executionAsyncId();
  w(`${label}: resource-is-promise=${r instanceof Promise} eid-is-resource=${eid === ids.get(r)}`
    + ` type=${types.get(eid)} eid-not-top=${eid !== 1}`
    + (awaited ? ` tid-is-awaited=${ah.triggerAsyncId() === ids.get(awaited)}` : ''));
};
async function inner() {
  await null;
  check('inner after await null');
  return 'inner-done';
}
async function outer() {
  w(`outer sync part: eid=${ah.executionAsyncId()}`);
  const v = await 1;
  check(`after await 1 (v=${v})`);
  const held = Promise.resolve(2);
  const v2 = await held;
  check(`after await held (v=${v2})`, held);
  const here = ah.executionAsyncId();
  const ip = inner();
  w(`inner() promise trigger is the calling continuation: ${trig.get(ip) === here}`);
  const v3 = await ip;
  check(`after await inner() (v=${v3})`, ip);
  return 'outer-done';
}
const result = outer();
w(`result promise: id-type=${typeof ids.get(result)} trigger=${trig.get(result)}`);
const then = result.then((v) => w(`result then: ${v} tid-is-result=${ah.triggerAsyncId() === ids.get(result)} eid-is-then=${ah.executionAsyncId() === ids.get(then)}`));
