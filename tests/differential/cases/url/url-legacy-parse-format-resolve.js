// Legacy url.parse (Node's historic algorithm: Url objects, parseQueryString,
// slashesDenoteHost), url.format of legacy objects and of URL with options, url.resolve.
const url = require('url');
process.noDeprecation = true;

const util = require('util');
const show = (...a) => console.log(...a.map((x) => typeof x === 'string' ? x : util.inspect(x)));
const inputs = [
  'http://user:pass@host.com:8080/p/a/t/h?query=string#hash',
  'HTTP://WWW.EXAMPLE.COM/A?B#C', '/just/a/path?x=1', '//host/path', 'host.com/x', 'mailto:a@b.com',
  'javascript:alert("x y")', 'file:///etc/passwd', 'file://localhost/x', 'http://[::1]:8080/x', 'http://a.com',
  '  http://a.com/sp ace\t', 'http:\\\\a.com\\b\\c?d\\e', 'http://a.com/p?q=1&q=2&r', 'http://x.com#only', 'http://x.com?only',
  '?q', '#h', '', 'http://a@b@c/', 'http://ü.com/ä', 'http://a.com:/x', 'http://a.com/"<>`{}|^\'',
  'http://a.com/%zz', 'HTTPS://H.COM:443', 'ftp://f.com/file.txt', 'svn+ssh://s.org/r', 'http://a_b.com/', 'http://a.com./',
];
for (const s of inputs) show(JSON.stringify(s), url.parse(s));
show(url.parse('http://a.com/p?a=1&b=2&a=3', true).query);
show(url.parse('http://a.com/p', true).query, url.parse('http://a.com/p', true).search);
show(url.parse('/p?x=1', true).query);
show(url.parse('//host/path', false, true));
show(url.parse('//host/path?x', true, true));
try { url.parse(null); } catch (e) { show(e.name, e.code, e.message); }
try { url.parse('http://a%b.com/'); } catch (e) { show(e.name, e.code, e.message); }
show(url.parse('http://x.com') instanceof url.Url, new url.Url());
const fmts = [
  { protocol: 'http', host: 'a.com', pathname: '/x', search: '?y=1', hash: 'h' },
  { protocol: 'https:', hostname: 'b.com', port: 8080, pathname: 'rel', query: { a: 1, b: [2, 3] } },
  { protocol: 'mailto', pathname: 'x@y.com' },
  { protocol: 'file', pathname: '/etc/x' },
  { hostname: '::1', port: 80 },
  { protocol: 'http', slashes: true, auth: 'u:p w', host: 'h', pathname: '/a#b?c', search: 'q#x' },
  { pathname: '/only' }, {}, { query: 'str' }, { search: '?s', query: { ignored: 1 } },
];
for (const o of fmts) show(url.format(o));
show(url.format('http://a.com/x?y#z'));
const U = new URL('http://user:pw@xn--mnchen-3ya.de:81/p?q=1#f');
show(url.format(U), url.format(U, { fragment: false, search: false, auth: false }), url.format(U, { unicode: true }));
for (const bad of [null, 5, undefined]) { try { url.format(bad); } catch (e) { show(e.name, e.code, e.message); } }
try { url.format(U, 5); } catch (e) { show(e.name, e.code, e.message); }
const resolves = [
  ['/one/two/three', 'four'], ['http://example.com/', '/one'], ['http://example.com/one', '/two'],
  ['http://a/b/c/d;p?q', 'g'], ['http://a/b/c/d;p?q', './g'], ['http://a/b/c/d;p?q', 'g/'], ['http://a/b/c/d;p?q', '/g'],
  ['http://a/b/c/d;p?q', '//g'], ['http://a/b/c/d;p?q', '?y'], ['http://a/b/c/d;p?q', 'g?y'], ['http://a/b/c/d;p?q', '#s'],
  ['http://a/b/c/d;p?q', '..'], ['http://a/b/c/d;p?q', '../..'], ['http://a/b/c/d;p?q', '../../../g'], ['http://a/b/c/d;p?q', ''],
  ['http://a/b/c/d;p?q', 'https://x/y'], ['http://a/b/c/d;p?q', 'mailto:x@y'], ['mailto:a@b.com', 'c@d.com'],
  ['http://a/b', 'https:c'], ['http://a/b', 'http:c'], ['a/b/c', '../../../d'], ['/a/b', '.'], ['http://u:p@a/b', '//c/d'],
  ['file:///a/b', '../c'], ['http://a/b/', 'g;x=1/../y'],
];
for (const [from, to] of resolves) show(from, to, url.resolve(from, to));
show(url.resolveObject('http://a/b/c', '../d'));

for (const s of ['http://a.com:x/', 'http://a:b:c/', 'http://a.com:/x', 'mailto:a:b@c', 'http://a/b:c', 'foo:bar:1', 'http://a.com#x:y', 'http://a?b:c', 'http://[::1]:x/', 'http://a.com:12x']) {
  try { const u = url.parse(s); console.log(s, u.host, u.hostname, u.port, u.pathname); } catch (e) { console.log(s, e.code, e.message); }
}
