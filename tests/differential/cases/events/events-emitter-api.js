// EventEmitter instance API (node:events, Node 26): on/once/off/prepend order, the
// 'newListener'/'removeListener' events (once wrappers reported as the original listener),
// listeners vs rawListeners (the `listener` property of once wrappers), listenerCount(name,
// listener), eventNames with symbols, removeAllListeners (LIFO 'removeListener' events),
// copy-on-write listener arrays while an emit walks them, get/setMaxListeners validation,
// util.inspect shapes, EventEmitter.init and subclasses.
'use strict';
const EventEmitter = require('events');
const util = require('util');

const log = [];
const e = new EventEmitter();
console.log(util.inspect(e));
e.on('newListener', (name, fn) => log.push(`new ${String(name)} ${fn.name}`));
e.on('removeListener', (name, fn) => log.push(`remove ${String(name)} ${fn.name}`));
function a() { log.push('a'); }
function b() { log.push('b'); }
function c() { log.push('c'); }
function d() { log.push('d'); }
e.on('x', a);
e.prependListener('x', b);
e.once('x', c);
e.prependOnceListener('x', d);
const sym = Symbol('sym');
e.addListener(sym, a);
console.log(e.listeners('x').map((f) => f.name));
console.log(e.rawListeners('x').map((f) => `${f.name}${f.listener ? `(${f.listener.name})` : ''}`));
console.log(e.listenerCount('x'), e.listenerCount('x', c), e.listenerCount('x', a), e.listenerCount('none'),
  e.listenerCount('x', () => {}), EventEmitter.listenerCount(e, 'x'));
console.log(e.eventNames());
console.log(e.emit('x', 1), e.emit('nothing'));
console.log(log.splice(0));
console.log(e.listeners('x').map((f) => f.name));
e.emit('x');
console.log(log.splice(0));
e.off('x', a);
e.removeListener('x', 'nope' === 1 ? a : function unknown() {});
console.log(log.splice(0), e.listeners('x').map((f) => f.name));

// Removing a once listener by its original function.
e.once('y', c);
e.removeListener('y', c);
console.log(log.splice(0), e.listenerCount('y'));

// Mutations during emit do not affect the listeners of the running emit.
const m = new EventEmitter();
m.on('go', function first() {
  log.push('first');
  m.removeListener('go', second);
  m.on('go', function late() { log.push('late'); });
});
function second() { log.push('second'); }
m.on('go', second);
m.emit('go');
console.log(log.splice(0));
m.emit('go');
console.log(log.splice(0));
console.log(util.inspect(m, { depth: 0 }));

// removeAllListeners emits 'removeListener' for each, last added first.
e.on('z', a);
e.on('z', b);
e.removeAllListeners('z');
console.log(log.splice(0));
e.removeAllListeners();
console.log(log.splice(0), e.eventNames(), e.listenerCount('x'));

// Listener arguments and `this`.
const t = new EventEmitter();
t.on('args', function (...args) { console.log(this === t, args); });
t.emit('args');
t.emit('args', 1, 'two', { three: 3 });

// Max listeners.
console.log(t.getMaxListeners(), EventEmitter.defaultMaxListeners);
console.log(t.setMaxListeners(3) === t, t.getMaxListeners());
for (const bad of ['1', -1, NaN, null]) {
  try { t.setMaxListeners(bad); } catch (err) { console.log(err.name, err.code, err.message); }
  try { EventEmitter.defaultMaxListeners = bad; } catch (err) { console.log(err.name, err.code, err.message); }
}
t.setMaxListeners(Infinity);
console.log(t.getMaxListeners());
for (const bad of [undefined, null, 'f', {}]) {
  for (const method of ['on', 'once', 'prependListener', 'prependOnceListener', 'removeListener', 'off']) {
    try { t[method]('q', bad); } catch (err) { console.log(method, err.name, err.code, err.message); }
  }
}

// Subclasses and init.
class Sub extends EventEmitter {
  constructor() { super({ captureRejections: true }); this.extra = 1; }
}
const s = new Sub();
console.log(util.inspect(s), s instanceof EventEmitter);
function Legacy() { EventEmitter.call(this); }
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
const l = new Legacy();
l.on('k', () => console.log('legacy emit'));
l.emit('k');
const plain = {};
EventEmitter.init.call(plain);
console.log(util.inspect(plain));
try { new EventEmitter({ captureRejections: 'yes' }); } catch (err) { console.log(err.name, err.code, err.message); }
console.log(Object.keys(EventEmitter), EventEmitter.usingDomains, EventEmitter.EventEmitter === EventEmitter);
console.log(EventEmitter.captureRejectionSymbol, EventEmitter.errorMonitor, String(EventEmitter.kMaxEventTargetListeners));
console.log(Object.getOwnPropertyNames(EventEmitter.prototype));
