// URL setters with WHATWG semantics (rejected values leave the URL as is), href failures,
// and searchParams live-linked both ways.
const show = (...a) => console.log(...a.map((x) => typeof x === 'string' ? x : require('util').inspect(x)));
const base = 'https://user:pw@example.com:8080/a/b?x=1#h';
const sets = [
  ['protocol', 'http'], ['protocol', 'ftp:'], ['protocol', 'file'], ['protocol', 'bad scheme'], ['protocol', 'foo'],
  ['username', 'new user'], ['username', ''], ['password', 'p@ss:w'], ['password', ''],
  ['host', 'other.org:99'], ['host', 'other.org'], ['host', ''], ['host', 'a b'], ['host', '[::2]:1'],
  ['hostname', 'x.y'], ['hostname', 'x.y:5'], ['hostname', ''],
  ['port', '81'], ['port', '443'], ['port', ''], ['port', 'abc'], ['port', '12ab'], ['port', '99999'], ['port', 8000],
  ['pathname', '/c d/e'], ['pathname', 'no-slash'], ['pathname', ''], ['pathname', '/%zz/?#'],
  ['search', '?a=b c'], ['search', 'q'], ['search', ''], ['search', '?'], ['search', '#x'],
  ['hash', 'frag ment'], ['hash', '#x'], ['hash', ''], ['hash', '#'],
  ['href', 'http://new.com/x?y#z'],
];
for (const [k, v] of sets) {
  const u = new URL(base);
  u[k] = v;
  show(k, JSON.stringify(v), u.href, u[k]);
}
for (const [input, k, v] of [['mailto:a@b', 'host', 'x'], ['mailto:a@b', 'pathname', 'c'], ['file:///a', 'port', '80'],
  ['file:///a', 'username', 'u'], ['file:///a', 'host', 'h.com'], ['http://h/', 'protocol', 'file'], ['foo://h/', 'protocol', 'http'],
  ['data:x', 'hash', 'y'], ['foo:/p', 'pathname', '//dbl'], ['foo:/p?q#f', 'pathname', '//'], ['http://h/', 'hostname', '%41'], ['http://h/', 'host', 'ü.com']]) {
  const u = new URL(input); u[k] = v; show(input, k, v, u.href);
}
const u = new URL(base);
try { u.href = 'not a url'; } catch (e) { show(e.name, e.code, e.message, e.input, Object.keys(e)); }
show(u.href);
// searchParams live link
const sp = u.searchParams;
show(sp === u.searchParams, sp.get('x'), sp.size);
sp.append('y', 'a b&c');
show(u.href, u.search);
sp.delete('x');
show(u.href);
sp.delete('y');
show(u.href, u.search, JSON.stringify(sp.toString()));
u.search = '?k=v&k=w';
show(sp.getAll('k'), sp.size, [...sp]);
u.href = 'http://z.com/?m=1';
show(sp.get('m'), sp.get('k'));
u.search = '';
show(sp.size, u.href);
sp.set('é', '☃');
show(u.href);
sp.sort();
u.hash = '';
show(u.href);
const u2 = new URL('http://h/p?b=2&a=1&c=3&a=0#f');
u2.searchParams.sort();
show(u2.href);
u2.searchParams.set('a', 'z');
show(u2.href);
show(u2);
const u3 = new URL('http://h/?a=1+2%20b');
show(u3.searchParams.get('a'), u3.search);
u3.searchParams.append('c', '~!*()\'');
show(u3.search);
