// util.inspect with colors: true — the style of each value type (regexps left out: Node
// highlights their syntax).
const util = require('util');
const c = (v, o = {}) => console.log(JSON.stringify(util.inspect(v, { colors: true, ...o })));
c({ n: 1, s: 's', b: true, u: undefined, nl: null, sym: Symbol('x'), big: 1n, d: new Date(0), f() {}, arr: [1], m: new Map([[1, 2]]), get g() { return 1; } });
c(new Error('e').message);
c([1, , 3]);
c({ a: { b: { c: { d: 1 } } } });
c(Object.create(null));
c(new Proxy({}, {}), { showProxy: true });
c(Promise.resolve(5));
c(new WeakSet());
c('x'.repeat(30), { maxStringLength: 5 });
c([1, 2, 3], { maxArrayLength: 1 });
c(-0);
