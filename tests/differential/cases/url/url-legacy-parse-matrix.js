// Legacy url.parse(s, true) over a matrix of protocols, slash forms, hosts (auth, ports,
// IPv6, IDN, trailing dot) and tails (paths, queries, fragments, escaped characters).
process.noDeprecation = true;
const url = require('url');
const parts = ['http:', 'HTTPS:', 'mailto:', 'javascript:', 'file:', 'x-y+z:', ''];
const mids = ['//', '/', '', '\\\\', '///'];
const hosts = ['a.com', 'u:p@a.com', 'A.COM:8080', '[::1]', '[::1]:9', 'a_b.c', 'ü.de', '', '@h', 'a.com.', 'x%20y'];
const tails = ['', '/', '/p/q', '/p?x=1&y', '?q#h', '#h', '/a b', '/"<>', '/p;x', '/%7e'];
for (const p of parts) for (const m of mids) for (const h of hosts) for (const t of tails) {
  const s = p + m + h + t;
  try { const u = url.parse(s, true); console.log(JSON.stringify(s), u.protocol, u.slashes, u.auth, u.host, u.port, u.hostname, u.hash, u.search, JSON.stringify(u.query), u.pathname, u.path, u.href); }
  catch (e) { console.log(JSON.stringify(s), 'ERR', e.code); }
}
