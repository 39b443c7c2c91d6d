// AsyncResource bind (Node 26): instance bind(fn[, thisArg]) and static bind(fn[, type[, thisArg]]).
// The bound function runs fn in the resource's scope (eid = its id), keeps the caller's
// receiver when no thisArg was given, uses thisArg otherwise; length = fn.length, name "bound"
// (no thisArg) or "bound runInAsyncScope" (thisArg); Node 26 bound functions have NO
// `asyncResource` property (DEP0172 reached end of life). Static bind creates the resource
// at bind time with type = the type argument, else fn.name, else "bound-anonymous-fn".
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
ah.createHook({
  init(id, type, trigger) { w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
}).enable();

const r = new ah.AsyncResource('RES');
const bound = r.bind(function (a, b, c) {
  w(`bound call: eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()} args=${a},${b},${c}`);
  return this;
});
w(`bound: name=${JSON.stringify(bound.name)} length=${bound.length} has-asyncResource=${'asyncResource' in bound} own=${JSON.stringify(Reflect.ownKeys(bound))}`);
w(`length descriptor ${JSON.stringify(Object.getOwnPropertyDescriptor(bound, 'length'))}`);
const obj = { m: bound };
w(`receiver kept: ${obj.m(1, 2, 3) === obj}`);
const withThis = r.bind(function (x) { return this; }, { tag: 't' });
w(`with thisArg: name=${JSON.stringify(withThis.name)} length=${withThis.length} this=${JSON.stringify(({ m: withThis }).m())}`);

function namedFn(x, y) { return ah.executionAsyncId(); }
const s1 = ah.AsyncResource.bind(namedFn);
const s2 = ah.AsyncResource.bind(namedFn, 'CUSTOM');
const s3 = ah.AsyncResource.bind(() => 0);
const s4 = ah.AsyncResource.bind(namedFn, '');
const s5 = ah.AsyncResource.bind(function () { return this; }, undefined, { tag: 'static-this' });
w(`static: length=${s1.length} name=${JSON.stringify(s1.name)} has-asyncResource=${'asyncResource' in s1}`);
w(`s1 eid differs from top: ${s1() !== 1}`);
w(`s5 this: ${JSON.stringify(s5())}`);
setTimeout(() => w(`s2 called from timer runs in its resource: ${s2() !== ah.executionAsyncId()}`), 10);
