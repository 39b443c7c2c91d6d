// asyncWrapProviders is a frozen, null-prototype map of native provider names to integers;
// JS-side types (Timeout, Immediate, TickObject, Microtask) are not in it.
'use strict';
const { check, equal } = require('../common.js');
const { asyncWrapProviders: p } = require('node:async_hooks');

check('is frozen', Object.isFrozen(p));
check('has null prototype', Object.getPrototypeOf(p) === null);
equal('NONE is 0', p.NONE, 0);
check('all values are distinct integers', (() => {
  const v = Object.values(p);
  return v.every(Number.isInteger) && new Set(v).size === v.length;
})());
for (const name of ['PROMISE', 'TCPWRAP', 'FSREQCALLBACK', 'TTYWRAP']) {
  check(`has ${name}`, typeof p[name] === 'number');
}
for (const name of ['Timeout', 'Immediate', 'TickObject', 'Microtask']) {
  check(`no ${name}`, !(name in p));
}
let threw = false;
try {
  p.NONE = 5; // the file is strict: writing a frozen property throws
} catch {
  threw = true;
}
check('assignment in strict mode throws', threw && p.NONE === 0);
