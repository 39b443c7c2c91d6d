// url.resolve over RFC 3986 style references against slashed, non-slashed (mailto:),
// file, path-only and empty bases.
process.noDeprecation = true;
const url = require('url');
const bases = ['http://a/b/c/d;p?q', 'http://u:p@a.com:81/x/y/', 'https://a.com', 'mailto:a@b.com', 'file:///a/b/c', '/abs/path/x', 'rel/path/x', '//h/p', 'x:y', 'http://a/b/', 'javascript:void(0)', ''];
const rels = ['', 'g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', ';x', '.', './', '..', '../', '../g', '../..', '../../../g', 'g/../h', 'http:g', 'https://x/y', 'mailto:z@w', '//u@h2/p', '?', '#', 'a b', 'file:q', 'HTTP://UP/CASE', 'c@d.com', '/./x/../y'];
for (const b of bases) for (const r of rels) {
  try { console.log(JSON.stringify([b, r]), url.resolve(b, r)); } catch (e) { console.log(JSON.stringify([b, r]), 'ERR', e.code); }
}
