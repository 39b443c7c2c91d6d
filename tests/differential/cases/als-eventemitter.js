// EventEmitter listeners run in the context of whoever calls emit(), not the context where
// they were added (both ALS models; nodejs/help#2546); AsyncResource.bind(listener) or
// AsyncLocalStorage.bind pins the registration context; once() behaves like on().
'use strict';
const { AsyncLocalStorage, AsyncResource } = require('node:async_hooks');
const { EventEmitter } = require('node:events');
const als = new AsyncLocalStorage();
const ee = new EventEmitter();
als.run('registration', () => {
  ee.on('ev', () => console.log('plain listener:', als.getStore()));
  ee.once('ev', () => console.log('once listener:', als.getStore()));
  ee.on('ev', AsyncResource.bind(() => console.log('AsyncResource.bind listener:', als.getStore())));
  ee.on('ev', AsyncLocalStorage.bind(() => console.log('AsyncLocalStorage.bind listener:', als.getStore())));
});
als.run('emitter-1', () => ee.emit('ev'));
ee.emit('ev');
als.run('timer-scheduler', () => setTimeout(() => als.run('emitter-in-timer', () => ee.emit('ev')), 1));
