// AsyncLocalStorage through promises (frame model, Node >= 24): a then/catch/finally callback
// sees the store that was current when then() was CALLED, not when the promise was created or
// resolved; the same for await (the continuation sees the async function's own context);
// Promise.all/race results; an async function called inside run() keeps the store after each
// await even when the caller has left run().
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const out = [];
const log = (s) => out.push(`${s}: ${als.getStore()}`);

let resolveIt;
const p = als.run('created', () => new Promise((r) => { resolveIt = r; }));
als.run('registered', () => p.then(() => log('then registered in "registered"')));
als.run('registered-2', () => p.finally(() => log('finally registered in "registered-2"')));
als.run('resolver', () => resolveIt());
const rejected = als.run('created-rejected', () => Promise.reject(new Error('x')));
als.run('catcher', () => rejected.catch(() => log('catch registered in "catcher"')));
als.run('chain', () => Promise.resolve().then(() => als.run('inner', () => 1)).then(() => log('next link after inner run')));
als.run('all', () => Promise.all([p, Promise.resolve(1)]).then(() => log('Promise.all then')));
als.run('race', () => Promise.race([p]).then(() => log('Promise.race then')));
async function task(name) {
  log(`${name} sync part`);
  await null;
  log(`${name} after await null`);
  await new Promise((r) => setTimeout(r, 2));
  log(`${name} after await timer promise`);
  await p;
  log(`${name} after await p`);
  return name;
}
als.run('task-a', () => task('a'));
als.run('task-b', () => task('b').then((v) => log(`then on task ${v}`)));
(async () => {
  const v = await als.run('awaited-in-run', () => task('c'));
  log(`caller after await task(${v})`);
})();
process.on('exit', () => console.log(out.join('\n')));
