// @opentelemetry/context-async-hooks: context.bind(ctx, fn) runs fn in ctx wherever it is
// called from (keeping this, arguments and fn.length); context.bind(ctx, emitter) patches an
// EventEmitter (`instanceof EventEmitter`) so that listeners added by on/addListener/once/
// prependListener/prependOnceListener run in ctx, and off/removeListener/removeAllListeners
// still find them; under each context manager.
'use strict';

const EventEmitter = require('node:events');
const { check, equal, requireFixture, eachContextManager, mustFinish } = require('../../packages/common.js');

const api = requireFixture('@opentelemetry/api');
const { context, ROOT_CONTEXT, createContextKey } = api;
const KEY = createContextKey('weft value');
const value = () => context.active().getValue(KEY);
const ctxOf = (v) => ROOT_CONTEXT.setValue(KEY, v);
const done = mustFinish('opentelemetry bind');

eachContextManager(api, () => [
  ['bind function', () => new Promise((resolve) => {
    const bound = context.bind(ctxOf('bound'), function (a, b) {
      return [value(), this && this.tag, a, b];
    });
    equal('a bound function runs in its context (this and arguments kept)', bound.call({ tag: 't' }, 1, 2), ['bound', 't', 1, 2]);
    equal('the bound wrapper keeps fn.length', bound.length, 2);
    check('ROOT_CONTEXT is active again after the bound call', context.active() === ROOT_CONTEXT);
    context.with(ctxOf('caller'), () => {
      equal('a bound function called inside another with() uses its own context', bound()[0], 'bound');
      equal('the caller\'s context is back after the bound call', value(), 'caller');
    });
    setTimeout(() => {
      equal('a bound function called from an unrelated timer uses its context', bound()[0], 'bound');
      resolve();
    }, 1);
  })],
  ['bind as callback', () => new Promise((resolve) => {
    context.with(ctxOf('scheduler'), () => {
      setTimeout(context.bind(ctxOf('explicit'), () => {
        equal('a bound callback passed to setTimeout runs in the bound context, not the scheduling one', value(), 'explicit');
        resolve();
      }), 1);
    });
  })],
  ['bind active', () => {
    const f = context.with(ctxOf('active'), () => context.bind(context.active(), () => value()));
    equal('context.bind(context.active(), fn) captures the current context', f(), 'active');
  }],
  ['bind non-function', () => {
    const obj = { a: 1 };
    check('context.bind(ctx, non-function non-emitter) returns the target unchanged', context.bind(ctxOf('x'), obj) === obj);
  }],
  ['bind emitter', () => new Promise((resolve) => {
    const ee = new EventEmitter();
    check('context.bind(ctx, emitter) returns the emitter', context.bind(ctxOf('ee'), ee) === ee);
    const seen = [];
    const onListener = (x) => seen.push(['on', value(), x]);
    ee.on('data', onListener);
    ee.addListener('data', (x) => seen.push(['addListener', value(), x]));
    ee.prependListener('data', (x) => seen.push(['prependListener', value(), x]));
    ee.once('data', (x) => seen.push(['once', value(), x]));
    ee.prependOnceListener('data', (x) => seen.push(['prependOnceListener', value(), x]));
    context.with(ctxOf('emitter'), () => ee.emit('data', 1));
    setImmediate(() => {
      ee.emit('data', 2);
      equal('every listener of a bound emitter runs in the bound context, once-listeners once', seen, [
        ['prependOnceListener', 'ee', 1], ['prependListener', 'ee', 1], ['on', 'ee', 1],
        ['addListener', 'ee', 1], ['once', 'ee', 1],
        ['prependListener', 'ee', 2], ['on', 'ee', 2], ['addListener', 'ee', 2],
      ]);
      ee.removeListener('data', onListener);
      equal('removeListener(original) removes the patched listener', ee.listenerCount('data'), 2);
      const offed = () => {};
      ee.on('x', offed);
      ee.off('x', offed);
      equal('off(original) removes the patched listener', ee.listenerCount('x'), 0);
      ee.on('y', () => {});
      ee.removeAllListeners('y');
      ee.removeAllListeners();
      equal('removeAllListeners() empties the emitter', ee.eventNames(), []);
      resolve();
    });
  })],
  ['bind emitter once', () => {
    const ee = new EventEmitter();
    context.bind(ctxOf('once'), ee);
    const seen = [];
    const listener = () => seen.push(value());
    ee.once('e', listener);
    ee.removeListener('e', listener);
    ee.emit('e');
    ee.once('e', listener);
    ee.emit('e');
    ee.emit('e');
    equal('a once-listener of a bound emitter can be removed by its original, and runs once', seen, ['once']);
  }],
  ['bind emitter twice', () => {
    const ee = new EventEmitter();
    context.bind(ctxOf('first'), ee);
    context.bind(ctxOf('second'), ee);
    let got;
    ee.on('e', () => { got = value(); });
    ee.emit('e');
    equal('binding an emitter again keeps the first binding', got, 'first');
  }],
  ['bind emitter async emit', () => new Promise((resolve) => {
    const ee = context.bind(ctxOf('req'), new EventEmitter());
    ee.on('end', () => {
      equal('a bound emitter\'s listener runs in the bound context when emitted from a timer', value(), 'req');
      resolve();
    });
    context.with(ctxOf('other'), () => setTimeout(() => ee.emit('end'), 1));
  })],
]).then(done);
