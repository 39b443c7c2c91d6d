// @opentelemetry/context-async-hooks: the active context follows promise reactions
// (.then/.catch/.finally), `await` in async functions, Promise.all and async iteration, under
// each context manager. AsyncHooksContextManager relies on PROMISE init/before/after and
// promiseResolve hooks; AsyncLocalStorageContextManager on AsyncLocalStorage propagation.
'use strict';

const { check, equal, requireFixture, eachContextManager, delay, mustFinish } = require('../../packages/common.js');

const api = requireFixture('@opentelemetry/api');
const { context, ROOT_CONTEXT, createContextKey } = api;
const KEY = createContextKey('weft value');
const value = () => context.active().getValue(KEY);
const ctxOf = (v) => ROOT_CONTEXT.setValue(KEY, v);
const done = mustFinish('opentelemetry promises');

eachContextManager(api, () => [
  ['then', () => context.with(ctxOf('then'), () =>
    Promise.resolve(1).then((v) => equal('.then sees the context', [value(), v], ['then', 1])))],
  ['then on a later promise', () => {
    let resolveLater;
    const later = new Promise((r) => { resolveLater = r; });
    const p = context.with(ctxOf('reg'), () => later.then(() => value()));
    context.with(ctxOf('resolver'), () => setTimeout(() => resolveLater(), 1));
    return p.then((got) => equal('.then runs in the context it was registered in, not the resolver\'s', got, 'reg'));
  }],
  ['catch and finally', () => context.with(ctxOf('cf'), () => {
    const seen = [];
    return Promise.reject(new Error('x'))
      .catch(() => seen.push(value()))
      .finally(() => seen.push(value()))
      .then(() => equal('.catch and .finally see the context', seen, ['cf', 'cf']));
  })],
  ['await', () => context.with(ctxOf('await'), async () => {
    const seen = [value()];
    await null;
    seen.push(value());
    await delay(1);
    seen.push(value());
    await new Promise((r) => setImmediate(r));
    seen.push(value());
    equal('await (value, timer, immediate) keeps the context', seen, ['await', 'await', 'await', 'await']);
  })],
  ['await nested with', () => context.with(ctxOf('outer'), async () => {
    const inner = await context.with(ctxOf('inner'), async () => {
      await delay(1);
      return value();
    });
    await null;
    equal('an awaited inner with() sees its context; the outer one is back after it', [inner, value()], ['inner', 'outer']);
  })],
  ['concurrent', async () => {
    const worker = (name, ms) => context.with(ctxOf(name), async () => {
      const seen = [];
      for (let i = 0; i < 3; i++) {
        await delay(ms);
        seen.push(value());
      }
      return seen;
    });
    const [a, b] = await Promise.all([worker('A', 2), worker('B', 1)]);
    equal('two concurrent async functions keep their contexts', { a, b }, { a: ['A', 'A', 'A'], b: ['B', 'B', 'B'] });
    check('ROOT_CONTEXT in the caller after awaiting them', context.active() === ROOT_CONTEXT);
  }],
  ['Promise.all', () => context.with(ctxOf('all'), () =>
    Promise.all([delay(1).then(() => value()), Promise.resolve().then(() => value())])
      .then((vals) => equal('Promise.all members and its .then see the context', [...vals, value()], ['all', 'all', 'all'])))],
  ['async iteration', () => context.with(ctxOf('gen'), async () => {
    async function* gen() {
      for (let i = 0; i < 2; i++) {
        await delay(1);
        yield value();
      }
    }
    const seen = [];
    for await (const v of gen()) seen.push([v, value()]);
    equal('async generator bodies and for-await see the context', seen, [['gen', 'gen'], ['gen', 'gen']]);
  })],
  ['thenable', () => context.with(ctxOf('thenable'), async () => {
    const got = await { then(resolve) { setTimeout(() => resolve(value()), 1); } };
    equal('a thenable\'s then() and the code after awaiting it see the context', [got, value()], ['thenable', 'thenable']);
  })],
  ['root after', async () => {
    await delay(1);
    check('ROOT_CONTEXT in the test driver after all of it', context.active() === ROOT_CONTEXT);
  }],
]).then(done);
