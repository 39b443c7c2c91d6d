// @opentelemetry/api 1.9 + @opentelemetry/context-async-hooks: context.with(ctx, fn) makes
// ctx the active context for the synchronous extent of fn (nesting, return value, thisArg and
// arguments, restore after a throw), under each context manager (AsyncHooksContextManager 2.x,
// AsyncLocalStorageContextManager 2.x and 3.x).
'use strict';

const { check, equal, requireFixture, eachContextManager, mustFinish } = require('../../packages/common.js');

const api = requireFixture('@opentelemetry/api');
const { context, ROOT_CONTEXT, createContextKey } = api;
const KEY = createContextKey('weft value');
const OTHER = createContextKey('weft other');
const value = () => context.active().getValue(KEY);
const done = mustFinish('opentelemetry with');

eachContextManager(api, (manager) => [
  ['root', () => {
    check('context.active() outside with() is ROOT_CONTEXT', context.active() === ROOT_CONTEXT);
    check('manager.active() is ROOT_CONTEXT too', manager.active() === ROOT_CONTEXT);
  }],
  ['with', () => {
    const ctx = ROOT_CONTEXT.setValue(KEY, 'one');
    const got = context.with(ctx, () => [context.active() === ctx, value()]);
    equal('context.with(ctx, fn) makes ctx active and returns fn\'s value', got, [true, 'one']);
    check('ROOT_CONTEXT is active again after with()', context.active() === ROOT_CONTEXT);
  }],
  ['nested', () => {
    const seen = [];
    context.with(ROOT_CONTEXT.setValue(KEY, 'outer'), () => {
      seen.push(value());
      context.with(context.active().setValue(OTHER, 'x'), () => {
        seen.push([value(), context.active().getValue(OTHER)]);
        context.with(context.active().setValue(KEY, 'inner'), () => seen.push(value()));
        seen.push(value());
        context.with(context.active().deleteValue(KEY), () => seen.push(value()));
      });
      seen.push([value(), context.active().getValue(OTHER)]);
    });
    equal('nested with() sees each level and restores the outer one', seen,
      ['outer', ['outer', 'x'], 'inner', 'outer', undefined, ['outer', undefined]]);
  }],
  ['thisArg and args', () => {
    const self = { tag: 'self' };
    const got = context.with(ROOT_CONTEXT.setValue(KEY, 'a'), function (x, y) {
      return [this && this.tag, x, y, value()];
    }, self, 1, 2);
    equal('with(ctx, fn, thisArg, ...args) passes this and the arguments', got, ['self', 1, 2, 'a']);
  }],
  ['throw', () => {
    let msg;
    try {
      context.with(ROOT_CONTEXT.setValue(KEY, 'thrower'), () => {
        throw new Error('inside');
      });
    } catch (e) {
      msg = e.message;
    }
    equal('an error thrown inside with() propagates', msg, 'inside');
    check('ROOT_CONTEXT is active after a throw inside with()', context.active() === ROOT_CONTEXT);
  }],
  ['immutability', () => {
    const a = ROOT_CONTEXT.setValue(KEY, 1);
    const b = a.setValue(KEY, 2);
    equal('setValue returns a new context and leaves the old one as it was', [a.getValue(KEY), b.getValue(KEY), ROOT_CONTEXT.getValue(KEY)], [1, 2, undefined]);
  }],
]).then(done);
