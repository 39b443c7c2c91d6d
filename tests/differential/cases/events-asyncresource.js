// EventEmitterAsyncResource (node:events): direct construction needs options.name (a string, or
// the string form `new EventEmitterAsyncResource('Name')`), subclasses default to the class
// name; init is emitted with that type, trigger = options.triggerAsyncId or the current id,
// and the resource object is an EventEmitterReferencingAsyncResource whose eventEmitter is the
// emitter; asyncId/triggerAsyncId are getters (numbers); emit() runs the listeners inside
// before/after of the resource (eid = asyncId, tid = triggerAsyncId, this = the emitter) and in
// the AsyncLocalStorage context of construction; emitDestroy() returns undefined and queues
// destroy.
'use strict';
const { EventEmitterAsyncResource, EventEmitter } = require('node:events');
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
const als = new ah.AsyncLocalStorage();
ah.createHook({
  init(id, type, trigger, resource) {
    if (type !== 'TickObject' && type !== 'Timeout') w(`init ${type} id=${id} trigger=${trigger} resource=${resource.constructor.name}`);
  },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();
const err = (label, fn) => { try { fn(); w(`${label}: no error`); } catch (e) { w(`${label}: ${e.name} ${e.code} ${e.message}`); } };
err('no options', () => new EventEmitterAsyncResource());
err('name 5', () => new EventEmitterAsyncResource({ name: 5 }));
err('triggerAsyncId -5', () => new EventEmitterAsyncResource({ name: 'X', triggerAsyncId: -5 }));

const byString = new EventEmitterAsyncResource('ByString');
w(`string form: instanceof EventEmitter=${byString instanceof EventEmitter} asyncId=${byString.asyncId} triggerAsyncId=${byString.triggerAsyncId}`);
const e = als.run('constructed', () => new EventEmitterAsyncResource({ name: 'MyEmitter', triggerAsyncId: 77, requireManualDestroy: true }));
w(`asyncResource.eventEmitter is e: ${e.asyncResource.eventEmitter === e} typeof asyncId=${typeof e.asyncId}`);
w(`prototype: ${Object.getOwnPropertyNames(EventEmitterAsyncResource.prototype).join(',')}`);
e.on('x', function (a) {
  w(`listener: eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()} a=${a} this-is-e=${this === e} store=${als.getStore()} resource-is-asyncResource=${ah.executionAsyncResource() === e.asyncResource}`);
});
als.run('emitter', () => w(`emit returns ${e.emit('x', 1)}`));
w(`emit without listeners returns ${e.emit('nothing')}`);
class Sub extends EventEmitterAsyncResource {}
new Sub();
new Sub({ name: 'Given' });
setTimeout(() => {
  w(`emitDestroy returns ${e.emitDestroy()}`);
  setImmediate(() => w('immediate'));
}, 10);
