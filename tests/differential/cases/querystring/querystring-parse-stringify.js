// querystring.parse/stringify/escape/unescape: separators, maxKeys (empty parts count), custom
// encoders and decoders, malformed escapes, repeated keys, non-string values.
const qs = require('querystring');
const show = (x) => console.log(require('util').inspect(x));
const inputs = ['a=1&b=2', 'a&&b', '=', '&=&', 'a=1&a=2&a=3', 'a==b', 'a=b=c', '+a+=+b+', '%zz=%e9%', '%E9=%C3%A9',
  'a%20b=c%2Bd', '&&&', 'a=1;b=2', '%', '%%%', 'a=%F0%9F%98%80', 'a=%ED%A0%80', 'x=%C3', '__proto__=1&constructor=2&hasOwnProperty=3'];
for (const s of inputs) show([s, qs.parse(s)]);
show(qs.parse('a:1;b:2', ';', ':'));
show(qs.parse('a=>1<>b=>2', '<>', '=>'));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 0 }));
show(qs.parse('a=1&&b=2&c=3', null, null, { maxKeys: 2 }));
show(qs.parse('a=%41+b&c', null, null, { decodeURIComponent: (s) => `<${s}>` }));
show(qs.parse('a=%41&c', null, null, { decodeURIComponent: (s) => { throw new Error('x'); } }));
show(qs.parse(5)); show(qs.parse(''));
show(qs.stringify({ a: 1, b: [1, 2, 'x y'], c: true, d: null, e: undefined, f: NaN, g: 10n, h: {}, i: [], 'é k': 'ü!*()~\'' }));
show(qs.stringify({ a: 1, b: 2 }, ';', ':'));
show(qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: (s) => s.toUpperCase() }));
show(qs.stringify('abc')); show(qs.stringify(null)); show(qs.stringify([1,2]));
show(qs.escape('a b&c/é')); show(qs.escape(5)); show(qs.escape({toString(){return 'x y'}}));
show(qs.unescape('a%20b%zz+c')); show(qs.unescape('%E9+x', true));
try { qs.escape('\ud800'); } catch (e) { show([e.name, e.code, e.message]); }
show(qs.encode === qs.stringify); show(qs.decode === qs.parse);
show(Object.keys(qs));
