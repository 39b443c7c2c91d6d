// assert.ok / assert(): the generated message quotes the failing call's source text
// (member and plain calls, nested calls, several calls per line, multi-line calls,
// control characters escaped), and the no-argument and custom-message forms.
'use strict';
const assert = require('assert');
const { ok } = assert;

function show(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(`--- ${label}: ${e.name} ${e.code} gen=${e.generatedMessage} op=${e.operator} actual=${e.actual} expected=${e.expected}`);
    console.log(JSON.stringify(e.message));
  }
}

show(1, () => assert.ok(0));
show(2, () => assert(false));
show(3, () => assert.ok(typeof 123 === 'string'));
show(4, () => { const x = 0; assert(x, undefined); });
show(5, () => assert.ok(0 + '\x01' === 3));
show(6, () => assert.ok(
  1 === 2
));
show(7, () => assert.ok(1 === 2,
));
show(8, () => ok(null));
show(9, () => assert.strict(''));
show(10, () => assert.strict.ok(NaN));
show(11, () => assert());
show(12, () => assert.ok(null, 'msg'));
show(13, () => assert.ok(null, new TypeError('own')));
show(14, () => assert.ok(0, 5));
show(15, () => assert.ok(0, () => 'from fn'));
show(16, () => assert.ok(0, 'fmt %s', 'x'));
show(17, () => assert(Array.isArray({})));
show(18, () => { assert.ok(true); assert.ok([].length); });
show(19, () => assert.ok('a'.includes('b') && true));
show(20, () => assert.ok(1) || assert.ok(''));
show(21, () => [1].forEach((v) => assert(v > 5)));
show(22, () => { const o = { check: assert }; o.check(false); });
show(23, () => assert.ok(`template ${1}` === 'x'));
show(24, () => assert.ok('paren (' === ')'));
show(25, () => { let a = 1; a++; assert.strict.ok(a === 3); });
show(26, () => assert['ok'](false));
show(27, () => assert?.ok(0));
show(28, () => { function inner() { return false; } assert(inner(), undefined); });
show(29, () => assert(/* comment */ false));
show(30, () => assert(
  false,
  undefined,
));
show(31, () => assert.ok(typeof assert === 'string' && (1 + 2) > 4));
