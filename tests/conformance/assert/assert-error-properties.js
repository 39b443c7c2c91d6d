// node:assert self-checks: AssertionError shape (code, name, generatedMessage, actual,
// expected, operator, diff), strict/loose aliases, Assert instances, rejects/doesNotReject
// returning promises, and assert.ok's generated source message.
'use strict';
const assert = require('assert');
const { check, equal, throws, mustCall } = require('../common.js');

function caught(fn) {
  try { fn(); } catch (e) { return e; }
  return undefined;
}

const e = caught(() => assert.strictEqual(1, 2));
check('AssertionError instance', e instanceof assert.AssertionError && e instanceof Error);
equal('code', e.code, 'ERR_ASSERTION');
equal('name', e.name, 'AssertionError');
equal('generatedMessage', e.generatedMessage, true);
equal('actual/expected/operator', [e.actual, e.expected, e.operator, e.diff], [1, 2, 'strictEqual', 'simple']);
equal('message', e.message, 'Expected values to be strictly equal:\n\n1 !== 2\n');
equal('toString', String(e), 'AssertionError [ERR_ASSERTION]: Expected values to be strictly equal:\n\n1 !== 2\n');
equal('own keys', Object.keys(e), ['generatedMessage', 'code', 'actual', 'expected', 'operator', 'diff']);

const custom = caught(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'mine'));
equal('custom message keeps the diff', custom.message,
  'mine\n+ actual - expected\n\n  {\n+   a: 1\n-   a: 2\n  }\n');
equal('custom generatedMessage', custom.generatedMessage, false);

check('strict aliases', assert.strict.equal === assert.strictEqual &&
  assert.strict.deepEqual === assert.deepStrictEqual && assert.strict.strict === assert.strict);
check('assert/strict', require('assert/strict') === assert.strict);
check('loose equal passes', caught(() => assert.equal(1, '1')) === undefined);
check('strict equal fails', caught(() => assert.strict.equal(1, '1')) instanceof assert.AssertionError);
check('Assert strict by default', caught(() => new assert.Assert().equal(1, '1')) !== undefined);
check('Assert strict: false', caught(() => new assert.Assert({ strict: false }).equal(1, '1')) === undefined);

throws('missing args', () => assert.deepEqual(1), { name: 'TypeError', code: 'ERR_MISSING_ARGS' });
throws('throws needs a function', () => assert.throws(5), { code: 'ERR_INVALID_ARG_TYPE' });
throws('empty validation object', () => assert.throws(() => { throw new Error('x'); }, {}),
  { code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'error' may not be an empty object. Received {}" });

const okErr = caught(() => assert.ok(1 > 2));
equal('ok source message', okErr.message,
  'The expression evaluated to a falsy value:\n\n  assert.ok(1 > 2)\n');
equal('ok operator', [okErr.operator, okErr.actual, okErr.expected], ['==', false, true]);

const rejected = assert.rejects(Promise.resolve('fine'));
check('rejects returns a promise', rejected instanceof Promise);
rejected.catch(mustCall('rejects fails on fulfilment', (err) => {
  equal('rejects message', err.message, 'Missing expected rejection.');
}));
assert.doesNotReject(Promise.resolve(1)).then(mustCall('doesNotReject resolves'));
assert.rejects(async () => { throw new TypeError('t'); }, TypeError)
  .then(mustCall('rejects with class resolves'));
