// enable()/disable() return the hook and are idempotent: a hook enabled twice gets each
// event once; a disabled hook gets none; re-enabling works.
'use strict';
const { check, equal } = require('../common.js');
const { createHook } = require('node:async_hooks');

let inits = 0;
const h = createHook({ init() { inits++; } });
check('enable returns the hook', h.enable() === h);
check('enable twice returns the hook', h.enable() === h);
clearTimeout(setTimeout(() => {}, 1));
equal('enabled twice: one init per resource', inits, 1);
check('disable returns the hook', h.disable() === h);
check('disable twice returns the hook', h.disable() === h);
clearTimeout(setTimeout(() => {}, 1));
equal('disabled: no init', inits, 1);
h.enable();
clearImmediate(setImmediate(() => {}));
equal('re-enabled: init again', inits, 2);
const empty = createHook({});
check('hook without callbacks enables and disables', empty.enable().disable() === empty);
