// When console creates the stdio handles: a lone string prints without a colour check; the
// first other call also creates process.stderr (Node's colour support looks at it), before
// the write's afterWrite tick. Traced with async_hooks.
'use strict';
const async_hooks = require('async_hooks');
const fs = require('fs');
const events = [];
async_hooks.createHook({
  init(id, type, trigger) { events.push(`init ${type} id=${id} trigger=${trigger} eid=${async_hooks.executionAsyncId()}`); },
  before(id) { events.push(`before id=${id}`); },
  after(id) { events.push(`after id=${id}`); },
}).enable();
console.log('a string');
events.push('-- lone string done');
console.log('two', 'strings');
events.push('-- two strings done');
console.log(42, { a: 1 });
console.error('err');
console.dir([1, 2]);
events.push('-- sync end');
setImmediate(() => fs.writeSync(1, events.join('\n') + '\n'));
