// emitDestroy(): returns the resource, destroy is delivered asynchronously (not before
// emitDestroy returns, before immediates of the same turn).
// Expectations: async_context doc (emitDestroy), semantics.md 2.8, the Node 26 oracle.
'use strict';
const { check, equal, trace } = require('../common.js');
const ah = require('node:async_hooks');

const t = trace({ types: ['A', 'Immediate'] });
const a = new ah.AsyncResource('A');
check('returns this', a.emitDestroy() === a);
equal('no destroy yet', t.forId(a.asyncId()).map((e) => e.event), ['init']);
setImmediate(() => {
  equal('destroy delivered before the immediate', t.forId(a.asyncId()).map((e) => e.event), ['init', 'destroy']);
});
