// Lazy ids: a promise created before any hook was enabled gets an id (without an init event)
// when a then() on it is the first event touching it after enabling; that id is the child's
// trigger, is smaller than the child's id, and is triggerAsyncId() inside the callback.
// Expectation: semantics.md 2.9 (trackPromise) and the Node 26 oracle.
'use strict';
const { check, equal } = require('../common.js');
const ah = require('node:async_hooks');

const early = Promise.resolve('e');
const inits = new Map();
const ids = new WeakMap();
ah.createHook({ init(id, type, trigger, resource) { inits.set(id, trigger); ids.set(resource, id); } }).enable();
let tidInside;
const child = early.then(() => { tidInside = ah.triggerAsyncId(); });
const childId = ids.get(child);
const trigger = inits.get(childId);
check('child has an init', typeof childId === 'number');
check('trigger is a real id (not 0/1)', trigger > 1, () => `trigger ${trigger}`);
check('trigger had no init event', !inits.has(trigger));
check('trigger smaller than child id', trigger < childId);
check('early promise itself never reported an init', ids.get(early) === undefined);
process.on('exit', () => equal('tid inside callback is the lazy id', tidInside, trigger));
