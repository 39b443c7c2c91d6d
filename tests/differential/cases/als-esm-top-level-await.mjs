// AsyncLocalStorage in an ES module with top-level await: enterWith at module top level
// survives a top-level await (the module's continuation keeps its context), run() around an
// await inside an async callback keeps the store, and a dynamic import() continuation keeps the
// importer's context.
import { AsyncLocalStorage } from 'node:async_hooks';
const als = new AsyncLocalStorage();
als.enterWith('module-top');
await null;
console.log('after top-level await null:', als.getStore());
await new Promise((r) => setTimeout(r, 1));
console.log('after top-level await timer:', als.getStore());
await als.run('run', async () => {
  await null;
  console.log('inside run after await:', als.getStore());
});
console.log('after awaiting run:', als.getStore());
const ns = await als.run('importer', () => import('node:fs').then((m) => { console.log('import() then:', als.getStore()); return m; }));
console.log('imported', typeof ns.writeSync, als.getStore());
