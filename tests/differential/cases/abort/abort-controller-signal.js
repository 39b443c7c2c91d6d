// AbortController/AbortSignal (Node 26): abort(reason) with the default DOMException
// AbortError (name/code/message), aborted/reason, a second abort is ignored, throwIfAborted,
// the trusted 'abort' Event, onabort (registered where first set; replaced handlers keep the
// slot), AbortSignal.abort(reason), AbortSignal.any (already-aborted source wins; dependants are
// all marked aborted before any 'abort' event runs, sources' listeners first), brand checks,
// illegal constructor, validation messages, util.inspect shapes.
'use strict';
const util = require('util');
const show = (err) => `${err.name} ${err.code} ${err.message}`;

const ac = new AbortController();
console.log(util.inspect(ac), util.inspect(ac.signal), ac.signal === ac.signal, ac.signal instanceof EventTarget);
console.log(util.inspect(ac, { depth: 0 }), util.inspect({ s: ac.signal }, { depth: 0 }), util.inspect([ac], { depth: -1 }));
console.log(ac.signal.aborted, ac.signal.reason, ac.signal.onabort, ac.signal.throwIfAborted());
const order = [];
ac.signal.addEventListener('abort', (e) => order.push(`listener1 ${e.type} ${e.isTrusted} ${e.constructor.name} ${e.cancelable} ${ac.signal.aborted}`));
ac.signal.onabort = (e) => order.push('first onabort (replaced)');
ac.signal.addEventListener('abort', function () { order.push(`listener2 this=signal:${this === ac.signal}`); });
const second = (e) => order.push(`onabort ${e.type}`);
ac.signal.onabort = second;
console.log(ac.signal.onabort === second, require('events').getEventListeners(ac.signal, 'abort').length);
ac.abort();
console.log(order.splice(0));
const r = ac.signal.reason;
console.log(r instanceof DOMException, r instanceof Error, r.name, r.code, r.message, Object.prototype.toString.call(r));
ac.abort('again');
console.log(ac.signal.reason === r, util.inspect(ac));
try { ac.signal.throwIfAborted(); } catch (err) { console.log('throwIfAborted', err === r); }

const ac2 = new AbortController();
ac2.abort('custom reason');
console.log(ac2.signal.reason);
const ac3 = new AbortController();
ac3.abort(undefined);
console.log(ac3.signal.reason.name);
const ac4 = new AbortController();
ac4.abort(null);
console.log(ac4.signal.reason);

const pre = AbortSignal.abort();
console.log(pre.aborted, pre.reason.name, pre.reason.message, AbortSignal.abort(42).reason);

// any()
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const any2 = AbortSignal.any([any, new AbortController().signal]);
console.log(util.inspect(any), any.aborted);
a.signal.addEventListener('abort', () => order.push(`a1 any=${any.aborted} any2=${any2.aborted}`));
any.addEventListener('abort', () => order.push(`any ${any.reason}`));
any2.addEventListener('abort', () => order.push(`any2 ${any2.reason}`));
a.signal.addEventListener('abort', () => order.push('a2'));
a.abort('R');
b.abort('late');
console.log(order.splice(0), any.reason, any2.reason);
console.log(AbortSignal.any([]).aborted, AbortSignal.any([AbortSignal.abort(1), AbortSignal.abort(2)]).reason,
  AbortSignal.any(new Set([AbortSignal.abort('from set')])).reason);

// Shapes and validation.
console.log(Object.getOwnPropertyNames(AbortSignal.prototype), Object.getOwnPropertyNames(AbortSignal),
  Object.getOwnPropertyNames(AbortController.prototype), Object.keys(AbortSignal.prototype), Object.keys(AbortController.prototype));
console.log(AbortSignal.prototype[Symbol.toStringTag], AbortController.prototype[Symbol.toStringTag], String(ac.signal));
for (const fn of [
  () => new AbortSignal(),
  () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}),
  () => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'reason').get.call(new EventTarget()),
  () => AbortSignal.prototype.throwIfAborted.call({}),
  () => AbortSignal.any(1),
  () => AbortSignal.any([1]),
  () => AbortSignal.any([ac.signal, {}]),
  () => AbortSignal.timeout(-1),
  () => AbortSignal.timeout('1'),
  () => AbortSignal.timeout(1.5),
  () => AbortSignal.timeout(2 ** 32),
]) {
  try { fn(); console.log('no throw'); } catch (err) { console.log(show(err)); }
}
