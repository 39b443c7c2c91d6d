// AsyncLocalStorage API (Node 26, frame model): getStore/run/exit return values and args,
// restore on throw, run with the same value, options name/defaultValue (defaultValue only when
// the instance has no entry: run(undefined) and exit() give undefined), options validation.
// Expectations: async_context doc and Bun's page examples, the Node 26 oracle.
'use strict';
const { check, equal, throws } = require('../common.js');
const { AsyncLocalStorage } = require('node:async_hooks');

const als = new AsyncLocalStorage();
equal('no store at top', als.getStore(), undefined);
equal('run with args', als.run('s', (a, b) => [als.getStore(), a, b], 1, 2), ['s', 1, 2]);
equal('exit with args', als.run('s', () => als.exit((x) => [als.getStore(), x], 9)), [undefined, 9]);
let inCatch;
try {
  als.run({ id: 2 }, () => { throw new Error('x'); });
} catch {
  inCatch = als.getStore();
}
equal('store gone after a throwing run', inCatch, undefined);
als.run('outer', () => {
  try {
    als.exit(() => { throw new Error('y'); });
  } catch {
    equal('store back after a throwing exit', als.getStore(), 'outer');
  }
  als.run('inner', () => equal('nested run', als.getStore(), 'inner'));
  equal('nested run restored', als.getStore(), 'outer');
});
const named = new AsyncLocalStorage({ name: 'n', defaultValue: 'd' });
equal('name', named.name, 'n');
equal('default name', new AsyncLocalStorage().name, '');
equal('defaultValue at top', named.getStore(), 'd');
equal('run(undefined) gives undefined', named.run(undefined, () => named.getStore()), undefined);
equal('exit gives undefined', named.exit(() => named.getStore()), undefined);
throws('options must be an object', () => new AsyncLocalStorage(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "options" argument must be of type object. Received type number (5)',
});
check('run with the current value calls fn directly', als.run('v', () => als.run('v', () => als.getStore() === 'v')));
