// util.inspect of Buffers: `<Buffer 68 69>`, INSPECT_MAX_BYTES (50, settable, validated) and
// the "... N more bytes" tail, extra own properties, nesting in objects/arrays, subclasses,
// console.log, and the shapes of typed arrays and ArrayBuffers next to them.
'use strict';
const util = require('util');
const buffer = require('buffer');
console.log(Buffer.from('hi'), Buffer.alloc(0), [Buffer.from([1, 2])], { b: Buffer.from('x') });
console.log(util.inspect(Buffer.alloc(50, 1)));
console.log(util.inspect(Buffer.alloc(51, 2)));
console.log(util.inspect(Buffer.alloc(60, 3)));
const extra = Buffer.from('ab');
extra.foo = 'bar';
extra[Symbol('s')] = 1;
console.log(util.inspect(extra));
const extraEmpty = Buffer.alloc(0);
extraEmpty.x = 1;
console.log(util.inspect(extraEmpty));
Object.defineProperty(extra, 'hidden', { value: 2, enumerable: false });
console.log(util.inspect(extra, { showHidden: true }));
console.log(util.inspect({ deep: { deeper: { buf: Buffer.from('z') } } }, { depth: 0 }));
console.log(util.inspect([Buffer.from('z')], { depth: -1 }));
console.log(util.format('%o|%j', Buffer.from('ab'), Buffer.from('ab')));
buffer.INSPECT_MAX_BYTES = 2;
console.log(Buffer.from('abcd'), Buffer.from('abc'), Buffer.from('ab'));
buffer.INSPECT_MAX_BYTES = 0;
console.log(Buffer.from('abcd'));
buffer.INSPECT_MAX_BYTES = 50;
for (const v of ['1', -1, NaN]) {
  try {
    buffer.INSPECT_MAX_BYTES = v;
    console.log('set', v, buffer.INSPECT_MAX_BYTES);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
buffer.INSPECT_MAX_BYTES = 50;
class MyBuf extends Buffer {}
console.log(util.inspect(Buffer.from('hi').subarray(1)), Object.prototype.toString.call(Buffer.alloc(1)));
console.log(typeof Buffer.prototype[util.inspect.custom], Buffer.prototype.inspect === Buffer.prototype[util.inspect.custom]);
console.log(Buffer.from('hi').inspect());
void MyBuf;
