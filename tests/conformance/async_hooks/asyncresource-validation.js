// AsyncResource constructor/bind validation errors (class, code, exact message) as in Node 26:
// ERR_INVALID_ARG_TYPE for a non-string type or non-function fn, ERR_INVALID_ASYNC_ID for a
// bad triggerAsyncId (option or number form), ERR_ASYNC_TYPE for an empty type once an init
// hook is enabled (accepted before).
'use strict';
const { check, throws } = require('../common.js');
const { AsyncResource, createHook } = require('node:async_hooks');

throws('type undefined', () => new AsyncResource(), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "type" argument must be of type string. Received undefined',
});
throws('type number', () => new AsyncResource(1), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "type" argument must be of type string. Received type number (1)',
});
throws('triggerAsyncId -2', () => new AsyncResource('X', { triggerAsyncId: -2 }), {
  name: 'RangeError', code: 'ERR_INVALID_ASYNC_ID', message: 'Invalid triggerAsyncId value: -2',
});
throws('triggerAsyncId 1.5', () => new AsyncResource('X', { triggerAsyncId: 1.5 }), {
  name: 'RangeError', code: 'ERR_INVALID_ASYNC_ID', message: 'Invalid triggerAsyncId value: 1.5',
});
throws('triggerAsyncId NaN', () => new AsyncResource('X', { triggerAsyncId: NaN }), {
  name: 'RangeError', code: 'ERR_INVALID_ASYNC_ID', message: 'Invalid triggerAsyncId value: NaN',
});
throws('number form -3', () => new AsyncResource('X', -3), {
  name: 'RangeError', code: 'ERR_INVALID_ASYNC_ID', message: 'Invalid triggerAsyncId value: -3',
});
throws('bind non-function', () => new AsyncResource('X').bind(5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "fn" argument must be of type function. Received type number (5)',
});
throws('static bind bad type', () => AsyncResource.bind(() => {}, 5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "type" argument must be of type string. Received type number (5)',
});
check('triggerAsyncId -1 accepted', new AsyncResource('X', { triggerAsyncId: -1 }).triggerAsyncId() === -1);
check('empty type accepted without init hook', new AsyncResource('') instanceof AsyncResource);
const r = new AsyncResource('X');
r.emitDestroy();
check('emitDestroy twice does not throw', r.emitDestroy() === r);
createHook({ init() {} }).enable();
throws('empty type with init hook', () => new AsyncResource(''), {
  name: 'TypeError', code: 'ERR_ASYNC_TYPE', message: 'Invalid name for async "type": ',
});
