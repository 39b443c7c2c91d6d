// AsyncResource bind in Node 26: bound functions run in the resource's scope, keep fn.length,
// are named "bound" (no thisArg) or "bound runInAsyncScope" (thisArg), keep the call's receiver
// when no thisArg is given, and have no `asyncResource` property (DEP0172, end of life).
// Static bind: resource type = type argument, else fn.name, else "bound-anonymous-fn".
// Expectation: Node 26 oracle.
'use strict';
const { check, equal, trace } = require('../common.js');
const ah = require('node:async_hooks');

const t = trace();
const r = new ah.AsyncResource('RES');
const bound = r.bind(function (a, b) { return [this, ah.executionAsyncId()]; });
equal('length', bound.length, 2);
equal('name without thisArg', bound.name, 'bound');
check('no asyncResource property', !('asyncResource' in bound));
const obj = { m: bound };
const [thisSeen, eid] = obj.m();
check('receiver kept', thisSeen === obj);
equal('runs in the resource', eid, r.asyncId());
const withThis = r.bind(function () { return this; }, 'T');
equal('name with thisArg', withThis.name, 'bound runInAsyncScope');
equal('thisArg used', String(withThis.call({})), 'T');
function myFunction() { return ah.executionAsyncId(); }
const s1 = ah.AsyncResource.bind(myFunction);
const s2 = ah.AsyncResource.bind(() => 0);
const s3 = ah.AsyncResource.bind(myFunction, 'CustomType');
const typeOf = (eidInside) => (t.events.find((e) => e.event === 'init' && e.id === eidInside) || {}).type;
equal('static bind type from fn.name', typeOf(s1()), 'myFunction');
const before = t.events.length;
s2();
const s2Before = t.events.slice(before).find((e) => e.event === 'before');
equal('anonymous type', s2Before && typeOf(s2Before.id), 'bound-anonymous-fn');
equal('explicit type', typeOf(s3()), 'CustomType');
check('static bind not running at top', s1() !== 1);
