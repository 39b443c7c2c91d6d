// enterWith does not stack (nodejs/node#36683): exit()/run() restore the value current when
// they started, never an earlier enterWith; enterWith inside run() ends with run(); enterWith
// inside a listener is seen by later listeners and after emit() (doc example); enterWith of
// one instance inside another instance's run() survives that run (Node 26 frame model).
'use strict';
const { equal } = require('../common.js');
const { AsyncLocalStorage } = require('node:async_hooks');
const { EventEmitter } = require('node:events');

const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
als.enterWith('first');
als.enterWith('second');
equal('last enterWith wins', als.getStore(), 'second');
als.exit(() => equal('exit hides it', als.getStore(), undefined));
equal('exit restores the latest, not the first', als.getStore(), 'second');
als.run('r', () => { als.enterWith('inside-run'); equal('enterWith inside run', als.getStore(), 'inside-run'); });
equal('run restores its starting value', als.getStore(), 'second');
other.run('o', () => als.enterWith('inside-other-run'));
equal('enterWith inside another instance\'s run survives it', als.getStore(), 'inside-other-run');
const store = { id: 1 };
const ee = new EventEmitter();
const seen = [];
ee.on('e', () => als.enterWith(store));
ee.on('e', () => seen.push(als.getStore() === store));
ee.emit('e');
seen.push(als.getStore() === store);
equal('listener enterWith seen by next listener and after emit', seen, [true, true]);
