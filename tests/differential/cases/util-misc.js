// util helpers: inherits, promisify (custom symbol, errors), callbackify (values,
// falsy rejections), isDeepStrictEqual, types.*, stripVTControlCharacters, toUSVString.
'use strict';
const util = require('util');
function Animal() {}
Animal.prototype.speak = function () { return 'generic'; };
function Dog() {}
util.inherits(Dog, Animal);
console.log(new Dog().speak(), Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);

const cbStyle = (a, b, cb) => cb(null, a + b);
const failing = (cb) => cb(new Error('nope'));
const custom = () => {};
custom[util.promisify.custom] = () => Promise.resolve('custom result');
console.log(util.promisify(custom) === custom[util.promisify.custom], typeof util.promisify.custom);
const p1 = util.promisify(cbStyle);
console.log(p1.name, util.promisify(p1) === p1);
p1(2, 3).then((v) => console.log('promisified', v));
util.promisify(failing)().catch((e) => console.log('rejected', e.message));
util.promisify(custom)().then((v) => console.log(v));

const ok = util.callbackify(async (x) => x * 2);
console.log(ok.name, ok.length);
ok(21, (err, v) => console.log('callbackified', err, v));
util.callbackify(() => Promise.reject(null))((err) => {
  console.log('falsy', err.name, err.code, err.message, err.reason);
});
util.callbackify(() => Promise.reject(new Error('real')))((err) => console.log('real', err.message));

const eq = util.isDeepStrictEqual;
console.log(eq({ a: [1, 2] }, { a: [1, 2] }), eq({ a: 1 }, { a: '1' }), eq([1, 2], [1, 2, 3]),
  eq(new Map([[1, { x: 1 }]]), new Map([[1, { x: 1 }]])), eq(new Set([{ a: 1 }]), new Set([{ a: 1 }])),
  eq(NaN, NaN), eq(0, -0), eq(new Date(0), new Date(0)), eq(/a/g, /a/g), eq(/a/g, /a/i),
  eq([1, , 3], [1, undefined, 3]), eq(Object.create(null), {}), eq(new Uint8Array([1]), new Uint8Array([1])));

const t = util.types;
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }), t.isDate(new Date()), t.isDate({}),
  t.isRegExp(/x/), t.isMap(new Map()), t.isSet(new Set()), t.isWeakMap(new WeakMap()),
  t.isNativeError(new TypeError()), t.isNativeError({ name: 'Error' }), t.isAsyncFunction(async () => {}),
  t.isAsyncFunction(() => {}), t.isGeneratorFunction(function* () {}), t.isTypedArray(new Uint8Array()),
  t.isTypedArray([]), t.isUint8Array(new Uint8Array()), t.isUint8Array(new Int8Array()),
  t.isArrayBuffer(new ArrayBuffer(1)), t.isProxy(new Proxy({}, {})), t.isProxy({}),
  t.isBoxedPrimitive(new Number(1)), t.isBoxedPrimitive(1), t.isArgumentsObject((function () { return arguments; })()));
console.log(JSON.stringify(util.stripVTControlCharacters('\u001b[31mred\u001b[39m plain')));
console.log(JSON.stringify(util.toUSVString('a\ud800b')));
console.log(typeof util.debuglog('weftnever'), util.debuglog('weftnever').enabled);
util.debuglog('weftnever')('not printed');
