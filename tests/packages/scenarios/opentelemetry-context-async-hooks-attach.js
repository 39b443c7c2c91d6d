// @opentelemetry/context-async-hooks AsyncLocalStorageContextManager.attach(ctx) (2.x and
// 3.x, experimental): sets ctx as active for the rest of the current execution and what it
// schedules, and the returned token's dispose() restores the previous context. On Node >= 25.9
// the managers delegate to AsyncLocalStorage.prototype.withScope (a RunScope with dispose());
// without it they fall back to enterWith(). Only the AsyncLocalStorage managers have attach.
'use strict';

const { check, equal, requireFixture, eachContextManager, delay, mustFinish } = require('../../packages/common.js');

const api = requireFixture('@opentelemetry/api');
const { context, ROOT_CONTEXT, createContextKey } = api;
const KEY = createContextKey('weft value');
const value = () => context.active().getValue(KEY);
const ctxOf = (v) => ROOT_CONTEXT.setValue(KEY, v);
const done = mustFinish('opentelemetry attach');

eachContextManager(api, (manager) => [
  ['attach and dispose', () => {
    const seen = [];
    context.with(ctxOf('outer'), () => {
      const token = manager.attach(ctxOf('attached'));
      check('attach() returns a token with dispose()', token && typeof token.dispose === 'function');
      seen.push(value());
      token.dispose();
      seen.push(value());
      token.dispose();
      seen.push(value());
    });
    equal('attach() activates the context; dispose() restores the previous one, once', seen, ['attached', 'outer', 'outer']);
    check('ROOT_CONTEXT after with()', context.active() === ROOT_CONTEXT);
  }],
  ['attach propagates', () => new Promise((resolve) => {
    setImmediate(() => {
      const token = manager.attach(ctxOf('scoped'));
      setTimeout(() => {
        equal('a timer scheduled after attach() sees the attached context', value(), 'scoped');
        resolve();
      }, 1);
      token.dispose();
      check('ROOT_CONTEXT after dispose() in the same callback', context.active() === ROOT_CONTEXT);
    });
  })],
  ['attach in async function', () => context.with(ctxOf('caller'), async () => {
    await null;
    const token = manager.attach(ctxOf('after await'));
    await delay(1);
    const inside = value();
    token.dispose();
    equal('attach() after an await lasts across later awaits until dispose()', [inside, value()], ['after await', 'caller']);
  })],
], { only: 'AsyncLocalStorage' }).then(done);
