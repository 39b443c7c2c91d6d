// URL#searchParams is one object per URL and stays linked both ways: mutating the params
// rewrites the URL's query (an emptied list removes the '?'), assigning search/href refills
// the params, and iterators over the params are live (Node 26 / URL Standard).
'use strict';
const { check, equal, throws } = require('../common.js');

const u = new URL('https://example.com/p?a=1&b=2#frag');
const sp = u.searchParams;
check('same object each time', sp === u.searchParams);
sp.append('c', 'x y');
equal('append rewrites search', u.search, '?a=1&b=2&c=x+y');
equal('hash kept', u.hash, '#frag');
sp.delete('a');
sp.delete('b');
sp.delete('c');
equal('emptied params drop the query', u.href, 'https://example.com/p#frag');
u.search = '?k=1&k=2';
equal('search assignment refills', sp.getAll('k'), ['1', '2']);
u.href = 'http://other.org/?z=9';
equal('href assignment refills', [...sp], [['z', '9']]);
const it = sp.keys();
sp.append('late', '1');
equal('iterators are live', [...it], ['z', 'late']);
sp.sort();
equal('sort rewrites the query', u.search, '?late=1&z=9');
equal('size', sp.size, 2);
throws('href setter rejects', () => { u.href = 'nope'; }, { name: 'TypeError', code: 'ERR_INVALID_URL', message: 'Invalid URL' });
equal('URL unchanged after a rejected href', u.href, 'http://other.org/?late=1&z=9');
const standalone = new URLSearchParams('q=1');
standalone.append('r', '2');
equal('standalone params', standalone.toString(), 'q=1&r=2');
equal('URL.parse failure', URL.parse('::'), null);
equal('URL.canParse with base', URL.canParse('/x', 'http://h'), true);
