// util.format / formatWithOptions: every % specifier on objects with and without own
// toString, built-ins, bigints, symbols, -0, missing and extra arguments.
const util = require('util');
const f = util.format;
class T { toString() { return 'T!'; } }
class U {}
console.log(f('%s', null), f('%s', undefined), f('%s', () => 1), f('%s', Symbol('q')), f('%s', new Date(0)), f('%s', Object.create(null)));
console.log(f('%d', {}), f('%d', '12px'), f('%d', -0), f('%d', 1n), f('%i', 1.9), f('%i', -0.5), f('%f', '1e3'), f('%f', 'x'));
console.log(f('%j', { a: 1n === 1n }), f('%j', undefined), f('%j', () => 1));
console.log(f('%o', { f() {}, a: [1, 2] }));
console.log(f('%O', { a: { b: { c: { d: 1 } } } }));
console.log(f('%%'), f('%%', 1), f('%'), f('a%'), f('%x', 1), f('%s'), f('%s %s', 'only'));
console.log(f('%c%s', 'color: red', 'text'), f(1, '%s', 2), f({ a: 1 }, 'x'), f('a', 'b', 3));
console.log(util.formatWithOptions({ compact: false }, '%O', { a: 1 }), util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }));
try { util.formatWithOptions(5) } catch (e) { console.log(e.code, e.message) }
console.log(f('%s', new (class Foo extends Map {})()), f('%s', new Map([[1, 2]])), f('%s', new Set([1])));
console.log(f('%s', { toString() { return 'own'; } }), f('%s', Object.assign(Object.create({ toString() { return 'proto'; } }), { x: 1 })));
console.log(f('%s', 123456789012345678901234567890n), f('%s', 1.5e300), f('%d', '0b11'));
