// util.inspect of plain objects and arrays: key quoting, nesting to depth 2, holes,
// extra array properties, null prototypes, class instances, getters/setters,
// symbol keys, toStringTag, and line breaking at 80 columns.
'use strict';
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));
show({});
show({ a: 1, b: 'two', c: null, d: undefined, e: [1, 2, 3] });
show({ 'a-b': 1, "it's": 2, 'q"\'': 3, '\n': 4, '': 5, 'é': 6, $a: 7, _b: 8, '1a': 9, 10: 10 });
show({ a: { b: { c: { d: { e: 1 } } } } });
show({ a: [[[[1]]]], m: new Map([[1, { deep: { deeper: 1 } }]]) });
show({ longkeyname1: 'value number one', longkeyname2: 'value number two', longkeyname3: 'v3' });
show({ aaaaaaaaaa: 'bbbbbbbbbbbbbbbbbbbb', cccccccccc: 'dddddddddddddddddddd', e: 1 });
show(Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key${i}`, i])));
show({ alpha: { beta: 1, gamma: 2 }, delta: { epsilon: [1, 2, 3], zeta: 'eta' }, theta: { iota: { kappa: 1 } } });
show([]);
show([1, , 3, , , 6]);
show(new Array(5));
show(Object.assign([1, 2], { a: 1, 'b-c': 2 }));
show([undefined, null, [], {}, [[]], [{}]]);
show(Object.create(null));
show(Object.assign(Object.create(null), { a: 1 }));
show(Object.create(Object.create(null)));
show(Object.assign(Object.create({ inherited: 1 }), { own: 2 }));
class Foo { constructor() { this.a = 1; this.b = 'two'; } }
class Bar extends Foo { constructor() { super(); this.c = [1, 2]; } }
class Tagged { get [Symbol.toStringTag]() { return 'T'; } }
function Legacy() { this.v = 1; }
show(new Foo()); show(new Bar()); show([new Foo(), new Bar()]); show(new Tagged()); show(new Legacy());
show(new (class {})());
show({ [Symbol.toStringTag]: 'Own', a: 1 });
show({ get a() { return 1; }, set b(v) {}, get c() { return 1; }, set c(v) {} });
show({ get a() { return 1; }, get o() { return { x: 1 }; }, get n() { return null; }, get t() { throw 5; } }, { getters: true });
show({ [Symbol('a')]: 1, [Symbol()]: 2, [Symbol.iterator]: 3, [Symbol("x'y")]: 4, plain: 5 });
show(Object.defineProperty({ visible: 1 }, 'hidden', { value: 2, enumerable: false }), { showHidden: true });
show([1, 2], { showHidden: true });
show(JSON.parse('{"__proto__": 1}'));
show((function () { return arguments; })(1, 'a'));
show({ a: { b: { c: {} } } });
show({ list: [1, 2, 3], nested: { x: [{ y: 1 }] } });
