// util.inspect of circular structures: <ref *n> on the target, [Circular *n] at the
// back-references, numbering in first-seen order, through arrays, maps and sets.
'use strict';
const util = require('util');
const a = { name: 'a' };
a.self = a;
console.log(util.inspect(a));
const x = { x: 1 };
const y = { a: x };
x.b = y;
x.list = [y, x];
console.log(util.inspect(x));
const arr = [1];
arr.push(arr);
console.log(util.inspect(arr));
const m = new Map();
m.set('self', m);
m.set('obj', { m });
console.log(util.inspect(m));
const s = new Set();
s.add(s);
console.log(util.inspect(s));
const o = { a: { b: {} } };
o.a.b.c = o.a;
o.a.b.root = o;
console.log(util.inspect(o));
console.log(util.inspect({ one: a, two: a }));
console.log(util.format('%j', a), util.format('%s', a), util.format('%o', arr));
