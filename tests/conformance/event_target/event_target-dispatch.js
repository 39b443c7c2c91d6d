// EventTarget dispatch (Node 26): listeners run in registration order with `this` = the target
// (handler objects: the object), a (listener, capture) pair is registered once, once listeners
// are removed before they run, stopImmediatePropagation skips the rest, preventDefault works
// only for cancelable events outside passive listeners and makes dispatchEvent return false, a
// signal removes the listener on abort, throwing listeners do not stop the others.
'use strict';
const { check, equal, throws } = require('../common.js');

const et = new EventTarget();
const calls = [];
const fn = function () { calls.push(['fn', this === et]); };
const obj = { handleEvent() { calls.push(['obj', this === obj]); } };
et.addEventListener('a', fn);
et.addEventListener('a', fn);
et.addEventListener('a', obj);
et.addEventListener('a', () => calls.push(['once']), { once: true });
et.dispatchEvent(new Event('a'));
et.dispatchEvent(new Event('a'));
equal('order, duplicates, once, this', calls.splice(0), [['fn', true], ['obj', true], ['once'], ['fn', true], ['obj', true]]);

et.addEventListener('b', (e) => { calls.push('first'); e.stopImmediatePropagation(); });
et.addEventListener('b', () => calls.push('skipped'));
et.dispatchEvent(new Event('b'));
equal('stopImmediatePropagation', calls.splice(0), ['first']);

et.addEventListener('c', (e) => e.preventDefault());
equal('cancelable prevented -> false', et.dispatchEvent(new Event('c', { cancelable: true })), false);
equal('not cancelable -> true', et.dispatchEvent(new Event('c')), true);
et.addEventListener('p', (e) => e.preventDefault(), { passive: true });
equal('passive cannot prevent', et.dispatchEvent(new Event('p', { cancelable: true })), true);

const ac = new AbortController();
et.addEventListener('s', () => calls.push('s'), { signal: ac.signal });
et.dispatchEvent(new Event('s'));
ac.abort();
et.dispatchEvent(new Event('s'));
equal('signal removes listener', calls.splice(0), ['s']);

let uncaught = 0;
process.on('uncaughtException', (err) => { uncaught++; equal('listener error reported', err.message, 'listener failed'); });
et.addEventListener('t', () => { throw new Error('listener failed'); });
et.addEventListener('t', () => calls.push('after throw'));
et.dispatchEvent(new Event('t'));
equal('others still run', calls.splice(0), ['after throw']);
setTimeout(() => equal('reported once', uncaught, 1), 5);

let recursion;
et.addEventListener('r', (e) => {
  try { et.dispatchEvent(e); } catch (err) { recursion = err; }
});
et.dispatchEvent(new Event('r'));
equal('recursive dispatch throws', [recursion?.name, recursion?.code, recursion?.message],
  ['Error', 'ERR_EVENT_RECURSION', 'The event "r" is already being dispatched']);
throws('dispatch needs an Event', () => et.dispatchEvent({ type: 'x' }), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
check('Event basics', new Event('x').isTrusted === false && new CustomEvent('x', { detail: 1 }).detail === 1);
