// console.log with hooks enabled: Node creates the stdout handle resource on first use and one
// afterWrite TickObject per batch of synchronous writes (the hook trace goes to stderr here).
const async_hooks = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(2, s + '\n');
async_hooks.createHook({
  init(id, type, trigger) { w(`init ${type} id=${id} trigger=${trigger} eid=${async_hooks.executionAsyncId()}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();
console.log('a');
console.log('b');
setTimeout(() => { console.log('in timer'); console.error('to stderr'); }, 10);
