// EventEmitterAsyncResource (node:events, Node 26): options name (required for direct
// construction, ERR_INVALID_ARG_TYPE otherwise; a string argument is the name; subclasses
// default to the class name), triggerAsyncId, requireManualDestroy; asyncResource (its
// eventEmitter is the emitter), asyncId/triggerAsyncId getters, emitDestroy(); emit() runs
// listeners inside the resource's scope with the construction-time AsyncLocalStorage context.
'use strict';
const { check, equal, throws, trace } = require('../common.js');
const { EventEmitterAsyncResource, EventEmitter } = require('node:events');
const ah = require('node:async_hooks');

const t = trace();
const als = new ah.AsyncLocalStorage();
throws('name required', () => new EventEmitterAsyncResource(), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options.name" property must be of type string. Received undefined',
});
const e = als.run('constructed', () => new EventEmitterAsyncResource({ name: 'MyEmitter', triggerAsyncId: 42, requireManualDestroy: true }));
check('is an EventEmitter', e instanceof EventEmitter);
equal('asyncId getter is a number', typeof e.asyncId, 'number');
equal('triggerAsyncId from options', e.triggerAsyncId, 42);
check('asyncResource.eventEmitter', e.asyncResource.eventEmitter === e);
const init = t.events.find((ev) => ev.event === 'init' && ev.id === e.asyncId);
equal('init type and trigger', init && [init.type, init.trigger], ['MyEmitter', 42]);
let inside = null;
e.on('x', function (v) {
  inside = { v, self: this === e, eid: ah.executionAsyncId(), tid: ah.triggerAsyncId(), store: als.getStore() };
});
als.run('emitter', () => e.emit('x', 1));
equal('listener ran in the resource scope', inside, { v: 1, self: true, eid: e.asyncId, tid: 42, store: 'constructed' });
equal('string form name', (() => { const s = new EventEmitterAsyncResource('S'); return t.events.find((ev) => ev.id === s.asyncId).type; })(), 'S');
class Sub extends EventEmitterAsyncResource {}
const sub = new Sub();
equal('subclass default name', t.events.find((ev) => ev.id === sub.asyncId).type, 'Sub');
equal('emitDestroy returns undefined', e.emitDestroy(), undefined);
setImmediate(() => check('destroy delivered', t.forId(e.asyncId).some((ev) => ev.event === 'destroy')));
