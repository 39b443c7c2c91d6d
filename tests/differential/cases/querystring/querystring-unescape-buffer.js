// querystring.unescapeBuffer (Buffer results, malformed escapes kept, '+' decoding on request),
// url.fileURLToPathBuffer, and URL.createObjectURL/revokeObjectURL with a Blob.
const qs = require('querystring');
const url = require('url');
const { Blob } = require('buffer');
console.log(qs.unescapeBuffer('a%20b%zz+c'), qs.unescapeBuffer('%E9+x', true), qs.unescapeBuffer('%'), qs.unescapeBuffer('é%C3%A9'));
console.log(url.fileURLToPathBuffer('file:///a%20b/%C3%A9'));
const id = URL.createObjectURL(new Blob(['x']));
console.log(/^blob:nodedata:[0-9a-f-]{36}$/.test(id), URL.revokeObjectURL(id));
try { URL.createObjectURL('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { URL.revokeObjectURL(); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(require('querystring').parse('a=é%zz&b=ü'))
console.log(require('querystring').parse('a=%zz€&b=€%C3&c=x+%&d=%41%'))
