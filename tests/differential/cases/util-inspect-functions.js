// util.inspect of functions and classes: names, anonymous, async/generator kinds,
// classes with `extends`, functions carrying properties, bound and built-in functions.
'use strict';
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));
class Base {}
show(function foo() {}); show(function () {}); show(() => {}); show(async function af() {});
show(async () => {}); show(function* gen() {}); show(async function* agen() {});
show(Object.assign(function withProps() {}, { x: 1, y: [2] }));
show(Object.setPrototypeOf(function np() {}, null));
show({ m() {}, a: () => 1, async am() {}, *g() {} });
show(function b() {}.bind(null)); show(Math.max); show(Array);
show(class A {}); show(class {}); show(class extends Array {}); show(class B extends Base {});
show(Object.assign(class C {}, { y: 2 }));
show(class WithStatic { static x = 1; });
show([function one() {}, class Two {}, () => {}]);
const named = () => {};
show(named);
show({ fn: function inner() {} });
