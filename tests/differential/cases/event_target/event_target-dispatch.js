// EventTarget/Event/CustomEvent (Node 26's internal/event_target): listener order, duplicates
// (same listener and capture) ignored, once/capture/passive/signal options, handler objects
// (handleEvent looked up per call, `this` = the object), stopImmediatePropagation,
// preventDefault only with cancelable and outside passive listeners, dispatchEvent's result,
// event state before/during/after dispatch (Node drops the dispatch flag once the first
// listener returns), ERR_EVENT_RECURSION, initEvent, returnValue/cancelBubble, CustomEvent
// detail, property shapes and validation errors, util.inspect forms.
'use strict';
const util = require('util');
const { getEventListeners } = require('events');
const show = (err) => `${err.name} ${err.code} ${err.message}`;

const et = new EventTarget();
console.log(util.inspect(et), util.inspect(et, { depth: -1 }), String(et), Object.prototype.toString.call(et));
const ev = new Event('x', { cancelable: true });
console.log('before', ev.type, ev.eventPhase, ev.currentTarget, ev.target, ev.composedPath(), ev.returnValue,
  ev.isTrusted, ev.cancelBubble, ev.bubbles, ev.composed, ev.srcElement, ev.defaultPrevented, typeof ev.timeStamp);
et.addEventListener('x', function (e) {
  console.log('l1', this === et, e === ev, e.eventPhase, e.currentTarget === et, e.target === et, e.composedPath().length, e.srcElement === et);
  e.preventDefault();
  console.log('l1 prevented', e.defaultPrevented, e.returnValue);
});
const handler = { handleEvent(e) { console.log('l2', this === handler, e.eventPhase, e.currentTarget); e.stopImmediatePropagation(); console.log('l2 cancelBubble', e.cancelBubble); } };
et.addEventListener('x', handler);
et.addEventListener('x', () => console.log('l3 (not reached)'));
console.log('dispatch result', et.dispatchEvent(ev));
console.log('after', ev.eventPhase, ev.currentTarget, ev.target === et, ev.composedPath().length, ev.defaultPrevented);
console.log('redispatch', et.dispatchEvent(ev));

// Order, duplicates and capture.
const order = [];
const f = () => order.push('f');
et.addEventListener('o', f);
et.addEventListener('o', f);
et.addEventListener('o', f, true);
et.addEventListener('o', f, { capture: true });
et.addEventListener('o', () => order.push('g'), { once: true });
console.log('count', getEventListeners(et, 'o').length, require('events').listenerCount(et, 'o'));
et.dispatchEvent(new Event('o'));
et.dispatchEvent(new Event('o'));
console.log(order.splice(0));
et.removeEventListener('o', f);
et.dispatchEvent(new Event('o'));
et.removeEventListener('o', f, { capture: true });
et.dispatchEvent(new Event('o'));
console.log(order.splice(0));

// Passive listeners cannot cancel; non-cancelable events ignore preventDefault.
et.addEventListener('p', (e) => { e.preventDefault(); console.log('passive prevented', e.defaultPrevented); }, { passive: true });
console.log('passive result', et.dispatchEvent(new Event('p', { cancelable: true })));
const nc = new Event('nc');
nc.preventDefault();
console.log('non-cancelable', nc.defaultPrevented, nc.returnValue);
const rv = new Event('rv', { cancelable: true });
rv.returnValue = false;
console.log('returnValue=false', rv.defaultPrevented);
rv.cancelBubble = true;
console.log('cancelBubble', rv.cancelBubble);

// Signal option.
const ac = new AbortController();
et.addEventListener('s', () => console.log('signal listener'), { signal: ac.signal });
et.dispatchEvent(new Event('s'));
ac.abort();
et.dispatchEvent(new Event('s'));
et.addEventListener('s', () => console.log('never added'), { signal: ac.signal });
console.log('after abort', getEventListeners(et, 's').length);

// handleEvent is looked up at call time.
const lazy = {};
et.addEventListener('lazy', lazy);
lazy.handleEvent = function (e) { console.log('late handleEvent', e.type, this === lazy); };
et.dispatchEvent(new Event('lazy'));

// Recursion.
et.addEventListener('r', (e) => { try { et.dispatchEvent(e); } catch (err) { console.log(show(err)); } });
et.dispatchEvent(new Event('r'));

// initEvent, CustomEvent.
const ie = new Event('z');
ie.initEvent('zz', true, true);
console.log(ie.type, ie.bubbles, ie.cancelable);
const ce = new CustomEvent('c', { detail: { a: 1 } });
console.log(ce.detail, new CustomEvent('c').detail, ce instanceof Event, util.inspect(ce).replace(/timeStamp: [\d.]+/, 'timeStamp: T'));
console.log(util.inspect(new Event('foo', { cancelable: true })).replace(/timeStamp: [\d.]+/, 'timeStamp: T'));
console.log(util.inspect({ nested: { ev: new Event('deep') } }, { depth: 0 }));

// Shapes.
console.log(Object.keys(Event.prototype), Object.getOwnPropertyNames(new Event('x')));
console.log(Object.getOwnPropertyNames(EventTarget.prototype), Object.getOwnPropertyNames(CustomEvent.prototype));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE, Object.getOwnPropertyDescriptor(Event, 'AT_TARGET'));
console.log(Object.getOwnPropertyDescriptor(Event.prototype, 'isTrusted').configurable, Event.prototype[Symbol.toStringTag]);

// Validation.
for (const fn of [
  () => new Event(),
  () => new Event('x', 1),
  () => new CustomEvent(),
  () => et.addEventListener('x'),
  () => et.addEventListener('x', 1),
  () => et.addEventListener('x', () => {}, 1),
  () => et.addEventListener('x', () => {}, { signal: 1 }),
  () => et.addEventListener(Symbol('s'), () => {}),
  () => et.removeEventListener('x'),
  () => et.dispatchEvent(),
  () => et.dispatchEvent('x'),
  () => et.dispatchEvent({ type: 'x' }),
  () => EventTarget.prototype.addEventListener.call({}, 'x', () => {}),
  () => EventTarget.prototype.dispatchEvent.call({}, new Event('x')),
  () => Object.getOwnPropertyDescriptor(Event.prototype, 'type').get.call({}),
  () => Event.prototype.preventDefault.call({}),
]) {
  try { fn(); console.log('no throw'); } catch (err) { console.log(show(err)); }
}
