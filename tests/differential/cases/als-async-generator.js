// AsyncLocalStorage through async generators and for await: the generator body runs in the
// context of each next() call (the consumer's), so a generator created in one run() and iterated
// in another sees the iterating context; the loop body after each step sees the loop's
// context. enterWith inside the generator body DOES reach the consumer (Node 26): the body
// after a yield resumes synchronously inside the consumer's next() call, in the consumer's
// current context, before the consumer's await captures it; it then stays for the rest of
// that consumer function.
'use strict';
const { AsyncLocalStorage } = require('node:async_hooks');
const als = new AsyncLocalStorage();
const out = [];
const log = (s) => out.push(`${s}: ${als.getStore()}`);
async function* gen() {
  log('gen start');
  await null;
  log('gen after await');
  yield 1;
  log('gen after yield 1');
  als.enterWith('entered-in-gen');
  log('gen after enterWith');
  yield 2;
  log('gen resumed after yield 2');
}
const g = als.run('created', () => gen());
als.run('consumer', async () => {
  for await (const v of g) log(`loop body ${v}`);
  log('after loop');
  const g2 = gen();
  log(`manual next ${(await als.run('next-caller', () => g2.next())).value}`);
  log(`manual next ${(await g2.next()).value}`);
  log(`manual next ${(await g2.next()).value}`);
});
process.on('exit', () => console.log(out.join('\n')));
