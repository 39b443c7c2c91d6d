// AsyncResource trigger ids: default = executionAsyncId() where it is constructed (1 at top,
// the timer inside a timer); the triggerAsyncId option and the legacy number form set it (0 and
// -1 accepted); inside runInAsyncScope tid is that trigger. requireManualDestroy does not change
// ids. AsyncResource created inside another's scope: trigger = the outer resource.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
ah.createHook({ init(id, type, trigger) { if (type !== 'Timeout') w(`init ${type} id=${id} trigger=${trigger} eid=${ah.executionAsyncId()}`); } }).enable();
const show = (label, r) => r.runInAsyncScope(() =>
  w(`${label}: asyncId=${r.asyncId()} triggerAsyncId=${r.triggerAsyncId()} in-scope eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`));

const a = new ah.AsyncResource('A');
show('default', a);
show('option 42', new ah.AsyncResource('B', { triggerAsyncId: 42 }));
show('number form 43', new ah.AsyncResource('C', 43));
show('option 0', new ah.AsyncResource('D', { triggerAsyncId: 0 }));
show('option -1', new ah.AsyncResource('E', { triggerAsyncId: -1 }));
show('manual', new ah.AsyncResource('F', { requireManualDestroy: true }));
show('option from a', new ah.AsyncResource('G', { triggerAsyncId: a.asyncId() }));
a.runInAsyncScope(() => show('created inside a', new ah.AsyncResource('H')));
setTimeout(() => show('created in timer', new ah.AsyncResource('I')), 10);
