// AbortSignal.any/abort/timeout (Node 26): any() follows the first source to abort (reason
// kept), is born aborted when a source already is, marks every dependant aborted before any
// 'abort' event runs; abort() defaults to a DOMException AbortError; timeout() aborts with a
// DOMException TimeoutError and does not keep the process alive by itself.
'use strict';
const { check, equal, mustCall } = require('../common.js');

const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
const nested = AbortSignal.any([any]);
const seen = [];
a.signal.addEventListener('abort', () => seen.push(['source', any.aborted, nested.aborted]));
any.addEventListener('abort', () => seen.push(['any', any.reason]));
nested.onabort = () => seen.push(['nested', nested.reason]);
a.abort('a reason');
b.abort('b reason');
equal('any follows first abort, dependants marked first', seen,
  [['source', true, true], ['any', 'a reason'], ['nested', 'a reason']]);
equal('born aborted', AbortSignal.any([new AbortController().signal, AbortSignal.abort('x')]).reason, 'x');

const d = AbortSignal.abort();
equal('default reason', [d.reason instanceof DOMException, d.reason.name, d.reason.code, d.reason.message],
  [true, 'AbortError', 20, 'This operation was aborted']);

const t = AbortSignal.timeout(5);
t.addEventListener('abort', mustCall('timeout aborts', () => {
  equal('timeout reason', [t.reason.name, t.reason.code, t.reason.message],
    ['TimeoutError', 23, 'The operation was aborted due to timeout']);
}));
setTimeout(() => check('timeout aborted by now', t.aborted), 50);
AbortSignal.timeout(1000000);
