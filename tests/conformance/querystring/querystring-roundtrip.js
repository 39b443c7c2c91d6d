// querystring: parse and stringify invert each other for arrays, custom separators, and
// non-ASCII text; malformed escapes survive as text; results have a null prototype.
'use strict';
const { check, equal, throws } = require('../common.js');
const qs = require('querystring');

const obj = { a: ['1', '2'], b: 'x y', 'é': '€', empty: '' };
equal('roundtrip', { ...qs.parse(qs.stringify(obj)) }, obj);
equal('roundtrip custom separators', { ...qs.parse(qs.stringify(obj, ';', ':'), ';', ':') }, obj);
check('null prototype', Object.getPrototypeOf(qs.parse('a=1')) === null);
equal('malformed escape kept', qs.parse('a=%zz%41')['a'], '%zzA');
equal('plus is space', qs.parse('a=b+c').a, 'b c');
equal('maxKeys', Object.keys(qs.parse('a&b&c', null, null, { maxKeys: 2 })), ['a', 'b']);
equal('unescape invalid UTF-8', qs.unescape('%E9'), '\ufffd');
throws('escape lone surrogate', () => qs.escape('\ud800'), { name: 'URIError', code: 'ERR_INVALID_URI', message: 'URI malformed' });
