// createHook with a non-function callback throws TypeError ERR_ASYNC_CALLBACK naming the
// callback; unknown keys and undefined values are fine; callbacks may come from a prototype.
'use strict';
const ah = require('node:async_hooks');
for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
  try {
    ah.createHook({ [name]: 1 });
    console.log(`${name}: no throw`);
  } catch (err) {
    console.log(`${name}: ${err.name} ${err.code} ${err.message} ${err instanceof TypeError}`);
  }
}
for (const bad of [null, 'str', {}]) {
  try {
    ah.createHook({ init: bad });
    console.log(`init=${JSON.stringify(bad)}: no throw`);
  } catch (err) {
    console.log(`init=${JSON.stringify(bad)}: ${err.code} ${err.message}`);
  }
}
console.log('undefined and unknown keys ok', typeof ah.createHook({ init: undefined, foo: 1 }).enable);
class Callbacks { init() {} }
console.log('prototype callbacks ok', typeof ah.createHook(new Callbacks()).enable);
try {
  ah.createHook({ before: 'x', init: 5 });
} catch (err) {
  console.log(`first checked: ${err.message}`);
}
