// process.nextTick passes the extra arguments to the callback, with `this` undefined in
// strict mode; a non-function callback throws ERR_INVALID_ARG_TYPE synchronously.
'use strict';
process.nextTick(function (...args) {
  console.log('args', JSON.stringify(args), 'this', this === undefined ? 'undefined' : typeof this);
}, 1, 'two', { three: 3 }, null);
process.nextTick((a) => console.log('one arg', a), 'only');
process.nextTick(() => console.log('no args'));
for (let n = 0; n < 6; n++) {
  const args = Array.from({ length: n }, (_, i) => i);
  process.nextTick((...got) => console.log(`n=${n} got=${got.join(',')} length=${got.length}`), ...args);
}
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
