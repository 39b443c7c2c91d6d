// URLSearchParams: constructors (string, iterable, record, another params), methods,
// iteration (live), forEach, errors, util.inspect shapes.
const util = require('util');
const show = (...a) => console.log(...a.map((x) => typeof x === 'string' ? x : util.inspect(x)));
const inits = ['a=1&b=2&a=3', '?x=y', '??x=y', '', '&&a&=&b=', 'a+b=c+d&%zz=%e9&%C3%A9=%F0%9F%98%80', 'a=b=c',
  [['a', '1'], ['b', 2]], new Map([['m', 'n']]), { k: 'v', n: 1, u: undefined, o: {} }, new URLSearchParams('c=d'),
  null, undefined, 42, Object.create({ inherited: 1 }), []];
for (const init of inits) {
  const p = new URLSearchParams(init);
  show(p.toString(), p.size, [...p.keys()], [...p.values()]);
}
for (const bad of [[[1]], [[1, 2, 3]], [1], { [Symbol.iterator]: 5 }, ['abc']]) {
  try { new URLSearchParams(bad); show('no throw'); } catch (e) { show(e.name, e.code, e.message); }
}
const p = new URLSearchParams('a=1&b=2&a=3&c=4');
show(p.get('a'), p.get('zz'), p.getAll('a'), p.getAll('zz'), p.has('a'), p.has('a', '3'), p.has('a', '9'), p.has('zz'));
p.delete('a', '1'); show(p.toString());
p.set('a', 'x'); show(p.toString());
p.set('new', 'y'); show(p.toString());
p.append('b', 'again'); show(p.toString(), p.size);
p.sort(); show(p.toString());
p.delete('b'); show(p.toString());
const seen = [];
p.forEach(function (v, k, self) { seen.push([k, v, self === p, this]); }, 'thisArg');
show(seen);
const it = p.entries();
show(it.next());
p.append('late', '1');
show([...it]);
show(it.next(), typeof it[Symbol.iterator], it[Symbol.iterator]() === it, Object.prototype.toString.call(it));
show(Object.getPrototypeOf(Object.getPrototypeOf(it)) === Object.getPrototypeOf(Object.getPrototypeOf([].values())));
for (const [name, fn] of [['append', () => p.append('x')], ['get', () => p.get()], ['set', () => p.set('x')], ['has', () => p.has()],
  ['delete', () => p.delete()], ['getAll', () => p.getAll()], ['forEach', () => p.forEach(5)],
  ['this', () => URLSearchParams.prototype.get.call({}, 'a')], ['size', () => Reflect.get(URLSearchParams.prototype, 'size', {})],
  ['toString', () => URLSearchParams.prototype.toString.call(1)]]) {
  try { fn(); show(name, 'no throw'); } catch (e) { show(name, e.name, e.code, e.message); }
}
show(new URLSearchParams({ ' ': '+&=#', 'é': '\u{1F600}', '~': "!'()*-._" }).toString());
show(new URLSearchParams('a=\ud800').get('a') === '\ufffd', new URLSearchParams([['\udc00', 'x']]).toString());
show(p, [p], { nested: { deeper: { p } } });
show(new URLSearchParams());
const long = new URLSearchParams();
for (let i = 0; i < 8; i++) long.append(`key${i}`, `value number ${i}`);
show(long);
show(long.keys(), long.values(), long.entries());
const li = long.entries(); li.next(); li.next();
show(li);
show(util.inspect(p, { depth: 0 }), util.inspect({ a: p }, { depth: 0 }), util.inspect([[p]], { depth: 0 }));
show(util.inspect(new URL('http://a/?q=1'), { depth: 0 }));
show(util.inspect({ a: { b: new URL('http://a/?q=1') } }, { depth: 0 }));
show(new URLSearchParams('a=1'.repeat(1)).keys());
show(Object.keys(p), JSON.stringify(p), String(p), Object.prototype.toString.call(p));
show(URLSearchParams.prototype[Symbol.iterator] === URLSearchParams.prototype.entries);
