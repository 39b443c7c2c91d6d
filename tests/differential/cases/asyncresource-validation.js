// AsyncResource argument validation (Node 26): class, name, code and message of each error.
// `type` must be a string (ERR_INVALID_ARG_TYPE); an empty type is accepted while no init hook
// is enabled and throws ERR_ASYNC_TYPE once one is; triggerAsyncId (option or number form)
// must be an integer >= -1 (ERR_INVALID_ASYNC_ID, message shows the value); bind() wants a
// function; static bind() wants a string type when one is given; runInAsyncScope(non-function)
// throws the engine's own TypeError (message not compared: it is V8's); emitDestroy() twice does
// not throw.
'use strict';
const { AsyncResource, createHook } = require('node:async_hooks');
const t = (label, fn) => {
  try {
    const r = fn();
    console.log(`${label}: ok (${typeof r})`);
  } catch (e) {
    const msg = e.code ? JSON.stringify(e.message) : '(engine message)';
    console.log(`${label}: ${e.constructor.name} name=${e.name} code=${e.code} message=${msg}`);
  }
};
t('no type', () => new AsyncResource());
t('number type', () => new AsyncResource(1));
t('object type', () => new AsyncResource({}));
t('null type', () => new AsyncResource(null));
t('symbol type', () => new AsyncResource(Symbol('s')));
t('empty type, no hook', () => new AsyncResource(''));
t('triggerAsyncId -2', () => new AsyncResource('X', { triggerAsyncId: -2 }));
t('triggerAsyncId -1', () => new AsyncResource('X', { triggerAsyncId: -1 }));
t('triggerAsyncId NaN', () => new AsyncResource('X', { triggerAsyncId: NaN }));
t('triggerAsyncId 1.5', () => new AsyncResource('X', { triggerAsyncId: 1.5 }));
t('triggerAsyncId "5"', () => new AsyncResource('X', { triggerAsyncId: '5' }));
t('triggerAsyncId Infinity', () => new AsyncResource('X', { triggerAsyncId: Infinity }));
t('number form -3', () => new AsyncResource('X', -3));
t('number form 0', () => new AsyncResource('X', 0));
t('options string', () => new AsyncResource('X', 'abc'));
t('call without new', () => AsyncResource('X'));
const r = new AsyncResource('X');
t('runInAsyncScope(5)', () => r.runInAsyncScope(5));
t('bind(5)', () => r.bind(5));
t('bind("f")', () => r.bind('f'));
t('static bind(fn, 5)', () => AsyncResource.bind(() => {}, 5));
t('static bind(fn, "")', () => AsyncResource.bind(() => {}, ''));
t('emitDestroy', () => r.emitDestroy());
t('emitDestroy again', () => r.emitDestroy());
createHook({ init() {} }).enable();
t('empty type, init hook enabled', () => new AsyncResource(''));
t('number type, init hook enabled', () => new AsyncResource(2));
