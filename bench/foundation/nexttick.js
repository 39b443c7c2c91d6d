// 100k process.nextTick scheduled at top level; argv[2] === 'hooks' enables a hook with all
// four callbacks (empty).
'use strict';
const N = 100000;
if (process.argv[2] === 'hooks') {
  require('node:async_hooks').createHook({ init() {}, before() {}, after() {}, destroy() {} }).enable();
}
let done = 0;
const cb = () => { done++; };
for (let i = 0; i < N; i++) process.nextTick(cb);
process.on('exit', () => { if (done !== N) throw new Error(`ran ${done} of ${N}`); });
