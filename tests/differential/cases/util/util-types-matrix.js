// util.types: every predicate Node 26 has (but isKeyObject/isCryptoKey) over a matrix of
// values, including subclasses, cross-type lookalikes and Symbol.toStringTag forgeries.
'use strict';
const { types } = require('util');

function* gen() {}
async function* agen() {}
const values = {
  object: {},
  array: [],
  args: (function () { return arguments; })(),
  map: new Map(),
  set: new Set(),
  weakmap: new WeakMap(),
  weakset: new WeakSet(),
  mapIter: new Map().keys(),
  setIter: new Set().values(),
  arrayIter: [][Symbol.iterator](),
  date: new Date(),
  regexp: /x/,
  error: new Error('e'),
  typeError: new TypeError('t'),
  errorSub: new (class MyErr extends Error {})(),
  fakeError: { __proto__: Error.prototype, message: 'fake' },
  promise: Promise.resolve(),
  thenable: { then() {} },
  proxy: new Proxy({}, {}),
  proxyFn: new Proxy(function () {}, {}),
  fn: function () {},
  arrow: () => {},
  asyncFn: async function () {},
  asyncArrow: async () => {},
  genFn: gen,
  asyncGenFn: agen,
  genObj: gen(),
  asyncGenObj: agen(),
  num: new Number(1),
  str: new String('s'),
  bool: new Boolean(false),
  big: Object(1n),
  sym: Object(Symbol('s')),
  primNum: 1,
  primStr: 's',
  ab: new ArrayBuffer(1),
  sab: new SharedArrayBuffer(1),
  dv: new DataView(new ArrayBuffer(1)),
  u8: new Uint8Array(1),
  u8c: new Uint8ClampedArray(1),
  i16: new Int16Array(1),
  u16: new Uint16Array(1),
  i32: new Int32Array(1),
  u32: new Uint32Array(1),
  i8: new Int8Array(1),
  f32: new Float32Array(1),
  f64: new Float64Array(1),
  b64: new BigInt64Array(1),
  bu64: new BigUint64Array(1),
  u8sub: new (class Bytes extends Uint8Array {})(1),
  forgedTag: { [Symbol.toStringTag]: 'Map' },
  forgedDate: { __proto__: Date.prototype },
  nullProto: Object.create(null),
  nil: null,
  undef: undefined,
};
if (typeof Float16Array === 'function') values.f16 = new Float16Array(1);
const names = Object.keys(types).filter((k) => k !== 'isKeyObject' && k !== 'isCryptoKey');
for (const name of names) {
  const hits = Object.keys(values).filter((v) => types[name](values[v]));
  console.log(`${name}: ${hits.join(' ')}`);
}
