// cls-hooked 4.2.2: a namespace context set in ns.run() survives setTimeout, setInterval,
// setImmediate and process.nextTick (cls-hooked's createHook init/before/after/destroy on
// Timeout, Immediate and TickObject resources), and does not leak to callbacks scheduled
// outside it.
'use strict';

const { check, equal, requireFixture, series, mustFinish } = require('../../packages/common.js');

const cls = requireFixture('cls-hooked');
const ns = cls.createNamespace('weft-timers');
const done = mustFinish('cls-hooked timers');

function inContext(value, fn) {
  return new Promise((resolve) => {
    ns.run(() => {
      ns.set('value', value);
      fn(resolve);
    });
  });
}

series([
  ['setTimeout', () => inContext('t', (resolve) => {
    setTimeout(() => {
      equal('setTimeout callback sees the value', ns.get('value'), 't');
      resolve();
    }, 1);
  })],
  ['setTimeout 0 with arguments', () => inContext('t0', (resolve) => {
    setTimeout((a, b) => {
      equal('setTimeout(fn, 0, a, b) sees the value and its arguments', [ns.get('value'), a, b], ['t0', 1, 2]);
      resolve();
    }, 0, 1, 2);
  })],
  ['setImmediate', () => inContext('i', (resolve) => {
    setImmediate(() => {
      equal('setImmediate callback sees the value', ns.get('value'), 'i');
      resolve();
    });
  })],
  ['process.nextTick', () => inContext('n', (resolve) => {
    process.nextTick((arg) => {
      equal('process.nextTick callback sees the value and its argument', [ns.get('value'), arg], ['n', 'x']);
      resolve();
    }, 'x');
  })],
  ['setInterval', () => inContext('iv', (resolve) => {
    const seen = [];
    const h = setInterval(() => {
      seen.push(ns.get('value'));
      if (seen.length === 3) {
        clearInterval(h);
        equal('every setInterval tick sees the value', seen, ['iv', 'iv', 'iv']);
        resolve();
      }
    }, 1);
  })],
  ['chained timers', () => inContext('chain', (resolve) => {
    setTimeout(() => {
      setImmediate(() => {
        process.nextTick(() => {
          setTimeout(() => {
            equal('timeout -> immediate -> tick -> timeout keeps the value', ns.get('value'), 'chain');
            resolve();
          }, 1);
        });
      });
    }, 1);
  })],
  ['set inside a callback', () => inContext('before', (resolve) => {
    setTimeout(() => {
      ns.set('value', 'after');
      setImmediate(() => {
        equal('a value set inside a timer callback reaches the callbacks it schedules', ns.get('value'), 'after');
        resolve();
      });
    }, 1);
  })],
  ['interleaved contexts', () => {
    const seen = {};
    const one = inContext('A', (resolve) => setTimeout(() => { seen.A = ns.get('value'); resolve(); }, 5));
    const two = inContext('B', (resolve) => setTimeout(() => { seen.B = ns.get('value'); resolve(); }, 1));
    const three = inContext('C', (resolve) => setImmediate(() => { seen.C = ns.get('value'); resolve(); }));
    return Promise.all([one, two, three]).then(() => {
      equal('concurrent contexts stay apart across timers and immediates', seen, { A: 'A', B: 'B', C: 'C' });
    });
  }],
  ['no leak outside', () => new Promise((resolve) => {
    // Scheduled outside any ns.run(): must see no context, even though timers created
    // inside a context run in the same timer list.
    ns.run(() => {
      ns.set('value', 'inside');
      setTimeout(() => {}, 1);
    });
    setTimeout(() => {
      equal('a timer scheduled outside any context sees no value', ns.get('value'), undefined);
      check('ns.active is null in a timer scheduled outside any context', ns.active === null, () => `active = ${JSON.stringify(ns.active)}`);
      resolve();
    }, 1);
  })],
  ['outside after run', () => {
    equal('after ns.run() returns, the value is gone', ns.get('value'), undefined);
  }],
]).then(done);
