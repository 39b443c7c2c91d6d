// createHook validates each callback it reads: a present non-function value throws a
// TypeError with code ERR_ASYNC_CALLBACK and message `hook.<name> must be a function`.
'use strict';
const { check, throws } = require('../common.js');
const { createHook } = require('node:async_hooks');

for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
  throws(`${name}: 1 throws ERR_ASYNC_CALLBACK`, () => createHook({ [name]: 1 }), {
    name: 'TypeError',
    code: 'ERR_ASYNC_CALLBACK',
    message: `hook.${name} must be a function`,
  });
}
throws('init: null throws', () => createHook({ init: null }), { code: 'ERR_ASYNC_CALLBACK' });
let threw = false;
try {
  createHook({ init: undefined, unknown: 1 });
  createHook({});
} catch {
  threw = true;
}
check('undefined callbacks and unknown keys accepted', !threw);
class Callbacks { init() {} }
check('callbacks from a prototype accepted', typeof createHook(new Callbacks()).enable === 'function');
