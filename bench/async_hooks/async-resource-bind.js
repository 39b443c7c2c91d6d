// AsyncResource#bind. Variants: bind (n resource.bind(fn) calls, each bound function called
// once) | bind-this (the same with a thisArg) | call (one bound function called n times).
'use strict';
const { asyncHooks, fail, parseArgs, timeSync } = require('./common.js');

const { variant, n } = parseArgs(['bind', 'bind-this', 'call']);
const resource = new asyncHooks.AsyncResource('X');
const self = { hits: 0 };
let hits = 0;
function target(a) {
  hits += a;
}
function method(a) {
  this.hits += a;
}

if (variant === 'bind') {
  timeSync(() => {
    for (let i = 0; i < n; i++) resource.bind(target)(1);
  });
} else if (variant === 'bind-this') {
  timeSync(() => {
    for (let i = 0; i < n; i++) resource.bind(method, self)(1);
  });
  hits = self.hits;
} else {
  const bound = resource.bind(target);
  timeSync(() => {
    for (let i = 0; i < n; i++) bound(1);
  });
}
if (hits !== n) fail(`bound function ran ${hits} times, expected ${n}`);
