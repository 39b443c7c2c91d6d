// util.MIMEType / MIMEParams: parsing (case, whitespace, quoted values, duplicate and invalid
// parameters), serialisation, setters and their ERR_INVALID_MIME_SYNTAX errors.
const { MIMEType, MIMEParams, inspect } = require('util');
const m = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar;baz="a\\"b"; empty=""; x');
console.log(m.type, m.subtype, m.essence, String(m), JSON.stringify(m), m.params.get('charset'), [...m.params], m.params.toString());
console.log(inspect(m), inspect(m.params));
m.type = 'Application'; m.subtype = 'JSON'; console.log(String(m));
m.params.set('q', 'a b'); m.params.delete('foo'); console.log(String(m), m.params.has('q'), [...m.params.keys()], [...m.params.values()]);
for (const bad of ['', 'text', 'text/', '/html', 'te xt/html', 'text/ht ml', 'text/html;']) {
  try { console.log(bad, String(new MIMEType(bad))); } catch (e) { console.log(bad, e.name, e.code, e.message); }
}
try { m.type = ''; } catch (e) { console.log(e.code, e.message); }
try { m.subtype = 'a/b'; } catch (e) { console.log(e.code, e.message); }
try { m.params.set('k y', 'v'); } catch (e) { console.log(e.code, e.message); }
try { m.params.set('k', 'v\n'); } catch (e) { console.log(e.code, e.message); }
console.log(String(new MIMEType('a/b;c=d;c=e;  f = g ;h="i;j";k=')));
console.log(String(new MIMEType('  text/plain  ')), String(new MIMEType('text/plain;charset=ÿ')));
const p = new MIMEParams(); p.set('a', '1'); console.log(String(p), inspect(p), typeof p.entries().next);
console.log(Object.getOwnPropertyNames(MIMEType.prototype), Object.getOwnPropertyNames(MIMEParams.prototype));
console.log(String(new MIMEType({ toString() { return 'x/y'; } })));
