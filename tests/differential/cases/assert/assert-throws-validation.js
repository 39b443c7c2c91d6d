// assert.throws / doesNotThrow: every validation form (class, RegExp, object with RegExp values,
// Error instance, validation function, message string) and their generated messages.
const assert = require('assert');
function show(l, f) { try { f(); console.log(l, 'ok') } catch (e) { console.log('---', l, e.name, e.code, e.generatedMessage, e.operator); console.log(e.message); } }
class MyErr extends Error {}
show(1, () => assert.throws(() => { throw new TypeError('x') }, RangeError));
show(2, () => assert.throws(() => { throw new TypeError('x') }, /y/));
show(3, () => assert.throws(() => { throw new TypeError('x') }, { message: 'y', name: 'TypeError' }));
show(4, () => assert.throws(() => { throw new TypeError('x') }, { message: /y/ }));
show(5, () => assert.throws(() => { throw new TypeError('x') }, (e) => false));
show(6, () => assert.throws(() => { throw new TypeError('x') }, function check(e) { return 1; }));
show(7, () => assert.throws(() => {}));
show(8, () => assert.throws(() => {}, TypeError));
show(9, () => assert.throws(() => {}, TypeError, 'msg'));
show(10, () => assert.throws(() => {}, 'msg'));
show(11, () => assert.throws(() => { throw new Error('msg') }, 'msg'));
show(12, () => assert.throws(() => { throw 'str' }, 'str'));
show(13, () => assert.throws(() => { throw new TypeError('x') }, {}));
show(14, () => assert.throws(() => { throw 5 }, { a: 1 }));
show(15, () => assert.throws(() => { throw new TypeError('x') }, new TypeError('y')));
show(16, () => assert.throws(() => { throw new MyErr('x') }, TypeError));
show(17, () => assert.throws(() => { throw 5 }, TypeError));
show(18, () => assert.throws('notfn'));
show(19, () => assert.throws(() => { throw new Error('x') }, 5));
show(20, () => assert.doesNotThrow(() => { throw new Error('boom') }));
show(21, () => assert.doesNotThrow(() => { throw new Error('boom') }, 'msg'));
show(22, () => assert.doesNotThrow(() => { throw new Error('boom') }, TypeError));
show(23, () => assert.doesNotThrow(() => { throw new TypeError('boom') }, TypeError, 'xx'));
show(24, () => assert.throws(() => { throw new TypeError('x') }, { message: 'x', code: 'E' }, 'custom'));
show(25, () => assert.throws(() => { const e = new Error('x'); e.code = 'A'; e.info = {a: 1}; throw e; }, { code: 'B', info: {a: 1}, message: /x/ }));
show(26, () => assert.throws(() => { throw new TypeError('x') }, TypeError));
show(27, () => assert.throws(() => { throw null }, /null/));
show(28, () => assert.throws(() => { throw new Error('') }, RangeError));
show(29, () => assert.throws(() => { const E = class TypeError extends Error {}; throw new E('q'); }, TypeError));
show(30, () => assert.throws(() => { throw new Error('x') }, () => { throw new Error('inner') }));
