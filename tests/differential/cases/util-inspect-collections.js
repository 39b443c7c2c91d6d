// util.inspect of built-in object kinds: Map/Set (sizes, nesting, subclasses), weak
// collections, Date, RegExp, boxed primitives, typed arrays, ArrayBuffer, DataView,
// promises in each state and proxies.
'use strict';
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));
show(new Map([['a', 1], [{ b: 2 }, [3]]]));
show(new Map()); show(new Set()); show(new Set([1, 'a', {}, [2]]));
show(new Set(Array.from({ length: 30 }, (_, i) => i)));
show(new Map(Array.from({ length: 10 }, (_, i) => [i, `value-${i}`])));
show(new Map([['k', new Map([['inner', new Set([1])]])]]));
show(Object.assign(new Map(), { a: 1 }));
class MyMap extends Map {}
class MySet extends Set {}
class MyArray extends Array {}
show(new MyMap([[1, 2]])); show(new MySet()); show(MyArray.from([1, 2]));
show(new Set([1, 2, 3]), { maxArrayLength: 2 });
show(new WeakMap()); show(new WeakSet());
show(new Date(0)); show(new Date(Date.UTC(2020, 1, 29, 12, 30, 45, 123))); show(new Date(NaN));
show(Object.assign(new Date(0), { tag: 'x' }));
show(/a\/b/gi); show(new RegExp('a.b', 'y')); show(Object.assign(/x/, { a: 1 }));
show(new Number(3)); show(new Number(-0)); show(new String('ab')); show(new Boolean(false));
show(Object(Symbol('s'))); show(Object(10n)); show(Object.assign(new String('ab'), { x: 1 }));
show(new Uint8Array([1, 2, 3])); show(new Float64Array([1.5, -0, NaN])); show(new BigInt64Array(2));
show(new Uint8Array(0)); show(new Float32Array([0.5, 1e10])); show(Object.assign(new Uint8Array(2), { x: 1 }));
show(new Uint8Array([1]), { showHidden: true });
show(new ArrayBuffer(2)); show(new Uint8Array([1, 2, 255]).buffer); show(new ArrayBuffer(120));
show(new DataView(new ArrayBuffer(3)));
show({ buf: new Uint8Array(4), view: new DataView(new ArrayBuffer(2)) });
show(Promise.resolve(1)); show(new Promise(() => {})); show(Promise.resolve({ a: [1, 2] }));
const rejected = Promise.reject('no');
rejected.catch(() => {});
show(rejected);
const rejectedErr = Promise.reject(Object.assign(new Error('bad'), { stack: 'Error: bad\n    at fixed (f.js:1:1)' }));
rejectedErr.catch(() => {});
show(rejectedErr);
show({ p: Promise.resolve(2) });
show(new Proxy({ a: 1 }, {}));
show(new Proxy({ a: 1 }, {}), { showProxy: true });
show(new Proxy(function f() {}, {}));
show({ a: new Proxy([1, 2], {}) });
show(new Proxy(new Proxy({}, {}), {}));
const revocable = Proxy.revocable({}, {});
revocable.revoke();
show(revocable.proxy);
show(new Proxy({ a: 1 }, { get() { return 5; }, ownKeys() { return []; } }));
