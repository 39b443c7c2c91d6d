// asyncWrapProviders: a frozen, null-prototype object of provider name -> number (the Node 26
// table, printed in full).
'use strict';
const { asyncWrapProviders } = require('node:async_hooks');
console.log('frozen', Object.isFrozen(asyncWrapProviders));
console.log('null prototype', Object.getPrototypeOf(asyncWrapProviders) === null);
console.log('same object twice', require('node:async_hooks').asyncWrapProviders === asyncWrapProviders);
console.log('has Timeout', 'Timeout' in asyncWrapProviders, 'has PROMISE', asyncWrapProviders.PROMISE);
console.log(JSON.stringify(asyncWrapProviders));
