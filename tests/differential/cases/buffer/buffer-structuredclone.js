// structuredClone (the global, internal/structured_clone): plain data, arrays with holes and
// extra keys, Date/RegExp/Map/Set, boxed primitives, errors (class by name, message, cause),
// ArrayBuffers and views sharing one cloned buffer, transfer, cycles and shared references,
// and DataCloneError / option errors with V8's and Node's messages.
'use strict';
const util = require('util');
function show(label, f) {
  try {
    console.log(label, util.inspect(f(), { depth: 4 }));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), e instanceof DOMException);
  }
}
function named() { return 1; }
class K {
  constructor() { this.a = 1; }
  get g() { return 2; }
}
for (const [label, v] of [['symbol', Symbol('s')], ['function', named], ['arrow', () => 1],
  ['weakmap', new WeakMap()], ['weakset', new WeakSet()], ['promise', Promise.resolve()],
  ['nested fn', { a: named }], ['nested symbol', [Symbol()]], ['proxy', new Proxy({}, {})],
  ['class', class X {}], ['weakref', new WeakRef({})], ['symbol object', Object(Symbol('q'))]]) {
  show(label, () => structuredClone(v));
}
show('primitives', () => [1, 'a', true, null, undefined, 10n, -0, NaN, Infinity].map((x) => structuredClone(x)));
show('null proto', () => structuredClone(Object.assign(Object.create(null), { x: 1 })));
show('class instance', () => structuredClone(new K()));
show('getters', () => structuredClone({ get a() { return 5; }, [Symbol('s')]: 1, b: undefined }));
show('non-enumerable', () => structuredClone(Object.defineProperty({ v: 1 }, 'hidden', { value: 1 })));
const arr = [1, , 3];
arr.x = 'y';
show('array', () => structuredClone(arr));
show('boxed', () => [structuredClone(Object(1n)), structuredClone(Object('s')),
  structuredClone(Object(false)), structuredClone(Object(2.5))]);
show('regexp', () => {
  const r = /a(b)/gimsuyd;
  r.lastIndex = 3;
  const c = structuredClone(r);
  return [c, c.lastIndex, c.flags, c === r];
});
show('date', () => [structuredClone(new Date(0)), structuredClone(new Date(NaN))]);
show('map set', () => structuredClone(new Map([[{ k: 1 }, new Set([1, [2]])]])));
show('typed', () => structuredClone([new Float64Array([1.5]), new BigInt64Array([2n]),
  new Uint8ClampedArray([300]), new Int16Array([-2])]));
show('buffer loses prototype', () => {
  const c = structuredClone(Buffer.from('hi'));
  return [c.constructor.name, c.length, c.toString()];
});
show('shared buffer', () => {
  const ab = new ArrayBuffer(8);
  const u = new Uint8Array(ab, 2, 4);
  const dv = new DataView(ab, 1);
  u[0] = 7;
  const c = structuredClone({ u, dv, ab });
  return [c.u.buffer === c.ab, c.dv.buffer === c.ab, c.u.byteOffset, c.dv.byteOffset, c.ab !== ab,
    new Uint8Array(c.ab)];
});
show('subarray keeps whole buffer', () => structuredClone(new Uint8Array(4).subarray(1, 3)).buffer.byteLength);
show('cycles', () => {
  const o = { name: 'o' };
  o.self = o;
  o.list = [o, o];
  const m = new Map();
  m.set(m, o);
  o.m = m;
  const c = structuredClone(o);
  return [c.self === c, c.list[0] === c, c.list[1] === c, c.m.get(c.m) === c, c !== o];
});
show('errors', () => {
  const e = new RangeError('bad', { cause: 'c' });
  e.code = 'X';
  e.extra = 1;
  const c = structuredClone(e);
  return [c instanceof RangeError, c.name, c.message, c.cause, c.code, c.extra, Object.keys(c),
    c.stack === e.stack, Object.getOwnPropertyNames(c)];
});
show('error subclass', () => {
  class MyErr extends TypeError {
    constructor(m) {
      super(m);
      this.name = 'MyErr';
    }
  }
  const c = structuredClone(new MyErr('m'));
  return [c.constructor.name, c.name, c.message, Object.getOwnPropertyNames(c)];
});
show('error renamed', () => structuredClone(Object.assign(new Error('m'), { name: 'SyntaxError' })).constructor.name);
show('error cause object', () => {
  const c = structuredClone(new Error('x', { cause: new TypeError('inner') })).cause;
  return [c.constructor.name, c.message];
});
show('error no message', () => Object.getOwnPropertyNames(structuredClone(new Error())));
show('transfer', () => {
  const t = new ArrayBuffer(4);
  new Uint8Array(t)[0] = 9;
  const view = new Uint8Array(t, 1);
  const c = structuredClone({ t, view }, { transfer: [t] });
  return [t.byteLength, t.detached, c.t.byteLength, new Uint8Array(c.t)[0], c.view.buffer === c.t,
    view.length];
});
show('transfer unrelated', () => {
  const other = new ArrayBuffer(3);
  const c = structuredClone(1, { transfer: [other] });
  return [c, other.byteLength];
});
show('no args', () => structuredClone());
show('options number', () => structuredClone(1, 5));
show('options string', () => structuredClone(1, 'x'));
show('options null', () => structuredClone(1, null));
show('transfer number', () => structuredClone(1, { transfer: 5 }));
show('transfer entry', () => structuredClone(1, { transfer: [5] }));
show('transfer object', () => structuredClone(1, { transfer: [{}] }));
show('transfer twice', () => {
  const a = new ArrayBuffer(1);
  return structuredClone(a, { transfer: [a, a] });
});
show('detached', () => {
  const a = new ArrayBuffer(1);
  a.transfer();
  return structuredClone(a);
});
show('transfer detached', () => {
  const a = new ArrayBuffer(1);
  a.transfer();
  return structuredClone(1, { transfer: [a] });
});
console.log(typeof structuredClone, structuredClone.name, structuredClone.length,
  Object.getOwnPropertyDescriptor(globalThis, 'structuredClone').enumerable);
