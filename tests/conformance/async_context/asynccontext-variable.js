// Node has no AsyncContext global: this script is conformance-only (weft) and is expected to
// FAIL under the oracle. Expectations come from the TC39 AsyncContext proposal (Stage 2;
// semantics.md 5.3): one immutable mapping per agent, captured by promise jobs, await and host
// callbacks when they are scheduled and swapped in while they run, shared with
// AsyncLocalStorage (weft keeps both in the same frame).
// Checks AsyncContext.Variable: constructor options {name, defaultValue}, name getter, get()
// (defaultValue when the variable has no entry; run(undefined) gives undefined), run(value,
// fn, ...args) returning fn's value and restoring on return and on throw, nesting, independence
// of two variables.
'use strict';
const { check, equal, throws } = require('../common.js');

check('AsyncContext global exists', typeof AsyncContext === 'object' && AsyncContext !== null);
const { Variable } = AsyncContext;
const v = new Variable({ name: 'request', defaultValue: 'none' });
equal('name', v.name, 'request');
equal('default name is empty', new Variable().name, '');
equal('get() without run gives defaultValue', v.get(), 'none');
equal('no defaultValue gives undefined', new Variable().get(), undefined);
equal('run passes args and returns', v.run('r1', (a, b) => [v.get(), a + b], 1, 2), ['r1', 3]);
equal('restored after run', v.get(), 'none');
equal('run(undefined) gives undefined, not the default', v.run(undefined, () => v.get()), undefined);
v.run('outer', () => {
  v.run('inner', () => equal('nested run', v.get(), 'inner'));
  equal('nested restored', v.get(), 'outer');
});
let afterThrow;
try {
  v.run('x', () => { throw new Error('t'); });
} catch {
  afterThrow = v.get();
}
equal('restored after a throw', afterThrow, 'none');
const w = new Variable();
v.run('v-value', () => w.run('w-value', () => equal('two variables', [v.get(), w.get()], ['v-value', 'w-value'])));
throws('Variable without new', () => Variable(), { name: 'TypeError' });
