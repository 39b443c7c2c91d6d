// URL setters across URL kinds (special, file, opaque, non-special, IPv6, blob, data) and
// value shapes, as the URL Standard (and Node 26's ada) apply them.
const urls = ['http://u:p@a.com:81/x/y?q=1#h', 'https://a.com/', 'file:///C:/x', 'file://host/x', 'mailto:a@b', 'sc://h/p?q#f', 'sc:opaque path?q', 'data:text/plain,hi', 'ws://[::1]/', 'blob:https://a.com/x', 'foo:/p', 'http://1.2.3.4/'];
const setters = {
  protocol: ['https', 'HTTP:', 'file', 'sc', 'ws:', 'x y', '', 'mailto', 'a+b-c.d'],
  username: ['me', '', 'a b@c', 'ü'], password: ['pw', '', ':@/'],
  host: ['b.com', 'b.com:82', '', '[::2]:3', 'b.com:abc', 'ü.com', 'a%20b', 'x:0'],
  hostname: ['c.org', '', 'c.org:9', '[::3]', 'C.ORG', '1.2.3'],
  port: ['0', '65535', '65536', '', ' 8', '8 ', '-1', '1e2'],
  pathname: ['/a b', '', 'rel', '/..', '/%2e/x', '\\back', '?#'],
  search: ['x=1', '?', '', '?a b', '#x', '??'],
  hash: ['y', '#', '', '#a b', '##'],
};
for (const u of urls) for (const [k, vals] of Object.entries(setters)) for (const v of vals) {
  const x = new URL(u); x[k] = v; console.log(u, k, JSON.stringify(v), x.href);
}
