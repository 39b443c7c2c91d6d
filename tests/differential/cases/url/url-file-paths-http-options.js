// url.fileURLToPath / pathToFileURL (posix and { windows: true }), urlToHttpOptions,
// domainToASCII / domainToUnicode, the module's export list.
const url = require('url');
const show = (...a) => console.log(...a.map((x) => typeof x === 'string' ? x : require('util').inspect(x)));
show(Object.keys(url).filter((k) => k !== 'URLPattern'));
for (const p of ['file:///a%20b/%C3%A9', 'file://localhost/x', 'file:///tmp/%25', new URL('file:///u/v'), 'file:///a/b/', 'file:///%E2%82%AC']) {
  show(url.fileURLToPath(p));
}
for (const [p, o] of [['file:///C:/a%20b/x', { windows: true }], ['file://srv/share/x', { windows: true }], ['file:///x', { windows: false }]]) {
  show(url.fileURLToPath(p, o));
}
for (const [p, o] of [['http://x'], ['file://host/x'], ['file:///a%2fb'], ['file:///a%2Fb'], [5], [{ href: 'x' }], ['notaurl'],
  ['file:///a%5cb', { windows: true }], ['file:///a/b', { windows: true }], ['file:///a', 5]]) {
  try { show(url.fileURLToPath(p, o)); } catch (e) { show(e.name, e.code, e.message); }
}
for (const p of ['/tmp/a b%c#d?e\\f\n\t\r;[]{}^`|"<>é~!$&\'()*+,=:@', '/x/', '/', '/a/../b/./c', '/😀', '/\ud800']) {
  show(url.pathToFileURL(p).href);
}
show(url.pathToFileURL('rel/x').href === 'file://' + process.cwd() + '/rel/x');
show(url.pathToFileURL('rel/').href.endsWith('/rel/'));
show(url.pathToFileURL('C:\\a b\\c', { windows: true }).href, url.pathToFileURL('\\\\srv\\share\\f x', { windows: true }).href);
show(url.pathToFileURL('C:\\dir\\', { windows: true }).href);
for (const bad of [5, null, undefined]) { try { url.pathToFileURL(bad); } catch (e) { show(e.name, e.code, e.message); } }
show(url.pathToFileURL('/x') instanceof URL);
show(url.urlToHttpOptions(new URL('http://u:p%20x@[::1]:80/a?b#c')));
show(url.urlToHttpOptions(new URL('https://a.com:8443/p')));
show(url.urlToHttpOptions(new URL('http://:pw@a.com/')));
show(url.urlToHttpOptions({ protocol: 'http:', hostname: 'h', port: '', pathname: '/p', search: '', extra: 1 }));
for (const d of ['español.com', 'EXAMPLE.com', 'xn--iñvalid.com', 'a..b', '', 'ü.ü', '☃.net', '1.2.3.4']) {
  show(JSON.stringify(url.domainToASCII(d)));
}
for (const d of ['xn--espaol-zwa.com', 'xn--iñvalid.com', 'EXAMPLE.com', 'xn--n3h.net', '']) {
  show(JSON.stringify(url.domainToUnicode(d)));
}
try { url.domainToASCII(); } catch (e) { show(e.code, e.message); }
