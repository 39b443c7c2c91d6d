// assert.rejects / doesNotReject: promise and function inputs, validation forms, messages,
// invalid inputs (ERR_INVALID_RETURN_VALUE, ERR_INVALID_ARG_TYPE).
'use strict';
const assert = require('assert');

async function show(label, fn) {
  try {
    await fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(`--- ${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator}`);
    console.log(e.message);
  }
}

(async () => {
  await show(1, () => assert.rejects(Promise.reject(new TypeError('x')), TypeError));
  await show(2, () => assert.rejects(Promise.resolve(1)));
  await show(3, () => assert.rejects(Promise.resolve(1), TypeError, 'msg'));
  await show(4, () => assert.rejects(async () => { throw new TypeError('x'); }, RangeError));
  await show(5, () => assert.rejects(async () => { throw new TypeError('x'); }, { message: 'y' }));
  await show(6, () => assert.rejects(() => 5));
  await show(7, () => assert.rejects(5));
  await show(8, () => assert.rejects(async () => { throw new Error('e'); }, /e/));
  await show(9, () => assert.doesNotReject(Promise.reject(new Error('boom'))));
  await show(10, () => assert.doesNotReject(async () => { throw new Error('boom'); }, 'custom'));
  await show(11, () => assert.doesNotReject(Promise.resolve(3)));
  await show(12, () => assert.doesNotReject(Promise.reject(new TypeError('t')), RangeError));
  await show(13, () => assert.rejects({ then() {}, catch() {} }.then ? Promise.reject(1) : 0, (v) => v === 1));
  const p = assert.rejects(Promise.resolve());
  console.log('returns promise', p instanceof Promise);
  await p.catch(() => {});
})();
