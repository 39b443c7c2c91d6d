// enable() and disable() return the hook itself and are idempotent: enabling twice still
// delivers each event once; disabling twice is harmless; re-enabling works.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
let inits = 0;
const h = ah.createHook({ init(id, type) { inits++; w(`init ${type} id=${id}`); } });
w(`enable returns hook ${h.enable() === h}`);
w(`enable again returns hook ${h.enable() === h}`);
setTimeout(() => {}, 1);
w(`inits after one timer ${inits}`);
w(`disable returns hook ${h.disable() === h}`);
w(`disable again returns hook ${h.disable() === h}`);
setTimeout(() => {}, 1);
w(`inits after disabled timer ${inits}`);
h.enable();
setImmediate(() => {});
w(`inits after re-enable ${inits}`);
const empty = ah.createHook({});
w(`empty hook enable/disable returns it ${empty.enable().disable() === empty}`);
w(`constructor name ${h.constructor.name}`);
