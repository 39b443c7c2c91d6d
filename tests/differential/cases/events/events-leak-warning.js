// The max-listeners leak warning (node:events, Node 26): one MaxListenersExceededWarning per
// event name once the count passes the limit, through process.emitWarning (printed on
// stderr, and seen by 'warning' listeners with emitter/type/count), naming the emitter's class;
// none with a limit of 0 or Infinity; EventTargets warn once per target with their own text;
// addEventListener(null) warns AddEventListenerArgumentTypeWarning.
'use strict';
const EventEmitter = require('events');

process.on('warning', (w) => {
  console.log('warning', w.name, JSON.stringify(w.message), w.type === undefined ? '-' : String(w.type), w.count,
    w.emitter !== undefined, w.target !== undefined, Object.keys(w));
});

class Chatty extends EventEmitter {}
const e = new Chatty();
e.setMaxListeners(2);
for (let i = 0; i < 4; i++) e.on('msg', () => {});
for (let i = 0; i < 3; i++) e.on(Symbol('sym'), () => {});
const s = Symbol('leaky');
for (let i = 0; i < 3; i++) e.prependListener(s, () => {});

const plain = new EventEmitter();
for (let i = 0; i < 11; i++) plain.once('default', () => {});

const none = new EventEmitter();
none.setMaxListeners(0);
for (let i = 0; i < 20; i++) none.on('x', () => {});
const inf = new EventEmitter();
inf.setMaxListeners(Infinity);
for (let i = 0; i < 20; i++) inf.on('x', () => {});

const et = new EventTarget();
EventEmitter.setMaxListeners(1, et);
et.addEventListener('a', () => {});
et.addEventListener('a', () => {});
et.addEventListener('b', () => {});
et.addEventListener('b', () => {});
et.addEventListener('a', null);
et.addEventListener('a', undefined);
console.log('sync part done');
