// WHATWG URL parsing and component getters, relative resolution against bases, failures.
const show = (...a) => console.log(...a.map((x) => typeof x === 'string' ? x : require('util').inspect(x)));
const keys = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'hash'];
const cases = [
  ['https://user:pw@example.com:8080/a/b?x=1&y=2#h'],
  ['HTTP://EXAMPLE.COM:80/./a/../b/%7e?q#f'],
  ['../c/d?e#f', 'http://h/a/b/'],
  ['//other/x', 'https://h/a'],
  ['?z', 'http://h/p?q#f'],
  ['#frag', 'http://h/p?q'],
  ['file:///tmp/a b'],
  ['file://localhost/etc/x'],
  ['mailto:someone@example.com'],
  ['data:text/plain,hello world'],
  ['blob:https://a.com/uuid'],
  ['javascript:alert(1)'],
  ['http://[::1]:3000/x'],
  ['http://192.168.0.1.:80/'],
  ['http://0x7f.1/'],
  ['http://münchen.de/ü?ä=ö#ß'],
  ['http://xn--mnchen-3ya.de/'],
  ['ws://a.com:443/'],
  ['wss://a.com:443/'],
  ['ftp://a.com:21/'],
  ['  http://a.com/\t\n  '],
  ['http://a.com\\b\\c'],
  ['non-spec://host/path?q'],
  ['non-spec:/path'],
  ['http://a.com/%zz%41'],
  ['http://a.com/path with spaces/"quotes"<>'],
  ['http://a.com/?q=a b&c="d"'],
  ['http://a.com/#a b"<>`'],
  ['http://@a.com/'],
  ['http://u@a.com/'],
  ['http://:p@a.com/'],
  ['https://a.com:0443/'],
  ['/abs', 'file:///c/d'],
  ['x', 'about:blank'],
];
for (const [input, base] of cases) {
  try {
    const u = base === undefined ? new URL(input) : new URL(input, base);
    show(JSON.stringify([input, base]), keys.map((k) => u[k]));
  } catch (e) {
    show(JSON.stringify([input, base]), e.name, e.code, e.message, e.input, e.base);
  }
}
for (const [input, base] of [['foo'], ['foo', 'bar'], ['http://a b/'], ['http://[::1/'], ['http://a.com:99999/'], ['https://'], [''], ['x', 'http://[x/']]) {
  try { new URL(input, base); show('no throw'); } catch (e) { show(e.name, e.code, e.message, e.input, e.base, Object.keys(e)); }
  show(URL.canParse(input, base), URL.parse(input, base));
}
show(URL.parse('/x', 'http://h').href, URL.canParse('/x', 'http://h'));
try { new URL(); } catch (e) { show(e.code, e.message); }
try { URL.canParse(); } catch (e) { show(e.code, e.message); }
try { URL.parse(); } catch (e) { show(e.code, e.message); }
const u = new URL('http://a.com/p');
show(String(u), u.toJSON(), JSON.stringify({ u }), u + '', `${u}`);
show(new URL(u).href, new URL({ toString() { return 'http://obj.com/'; } }).href);
show(Object.prototype.toString.call(u), u instanceof URL, typeof URL.createObjectURL, typeof URL.revokeObjectURL);
show(new URL('http://a.com/\ud800').pathname);
try { Reflect.get(URL.prototype, 'href', {}); } catch (e) { show(e.name, e.message); }
