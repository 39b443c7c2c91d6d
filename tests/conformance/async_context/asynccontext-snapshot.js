// Node has no AsyncContext global: this script is conformance-only (weft) and is expected to
// FAIL under the oracle. Expectations come from the TC39 AsyncContext proposal (Stage 2;
// semantics.md 5.3): one immutable mapping per agent, captured by promise jobs, await and host
// callbacks when they are scheduled and swapped in while they run, shared with
// AsyncLocalStorage (weft keeps both in the same frame).
// Checks AsyncContext.Snapshot: a snapshot captures every variable at construction;
// snapshot.run(fn, ...args) runs fn inside that mapping and restores the caller's afterwards
// (also on throw), returns fn's value; Snapshot.wrap(fn) binds fn to the current mapping,
// forwards this and args; wrap(non-callable) throws TypeError.
'use strict';
const { equal, throws } = require('../common.js');

const { Variable, Snapshot } = AsyncContext;
const a = new Variable();
const b = new Variable({ defaultValue: 'b-default' });
const snap = a.run('A', () => b.run('B', () => new Snapshot()));
equal('captured values', a.run('other', () => snap.run((x) => [a.get(), b.get(), x], 1)), ['A', 'B', 1]);
equal('caller restored', a.run('caller', () => { snap.run(() => {}); return a.get(); }), 'caller');
let afterThrow;
a.run('caller', () => {
  try { snap.run(() => { throw new Error('t'); }); } catch { afterThrow = a.get(); }
});
equal('restored after throw', afterThrow, 'caller');
const empty = new Snapshot();
equal('snapshot of the empty mapping', a.run('x', () => b.run('y', () => empty.run(() => [a.get(), b.get()]))), [undefined, 'b-default']);
const wrapped = a.run('wrapped-ctx', () => Snapshot.wrap(function (x) { return [this && this.tag, x, a.get()]; }));
equal('wrap forwards this and args', a.run('call-ctx', () => wrapped.call({ tag: 't' }, 5)), ['t', 5, 'wrapped-ctx']);
throws('wrap(non-callable)', () => Snapshot.wrap(5), { name: 'TypeError' });
