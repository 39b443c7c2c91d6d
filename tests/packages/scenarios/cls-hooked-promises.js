// cls-hooked 4.2.2: the namespace context survives promise reactions (.then/.catch/.finally),
// `await` in async functions, and ns.runPromise(), through cls-hooked's createHook over
// PROMISE resources (init records the active context, before/after enter and exit it).
'use strict';

const { check, equal, requireFixture, series, delay, mustFinish } = require('../../packages/common.js');

const cls = requireFixture('cls-hooked');
const ns = cls.createNamespace('weft-promises');
const done = mustFinish('cls-hooked promises');

function inContext(value, fn) {
  return new Promise((resolve, reject) => {
    ns.run(() => {
      ns.set('value', value);
      Promise.resolve(fn()).then(resolve, reject);
    });
  });
}

series([
  ['then', () => inContext('then', () =>
    Promise.resolve(1).then((v) => {
      equal('.then on a resolved promise sees the value', [ns.get('value'), v], ['then', 1]);
    }))],
  ['then chain', () => inContext('chain', () =>
    Promise.resolve()
      .then(() => ns.get('value'))
      .then((a) => new Promise((resolve) => setTimeout(() => resolve([a, ns.get('value')]), 1)))
      .then((ab) => {
        equal('a .then chain through a timer-resolved promise keeps the value', [...ab, ns.get('value')], ['chain', 'chain', 'chain']);
      }))],
  ['catch and finally', () => inContext('catch', () => {
    let inFinally;
    return Promise.reject(new Error('boom'))
      .catch((err) => {
        equal('.catch sees the value', [ns.get('value'), err.message], ['catch', 'boom']);
      })
      .finally(() => {
        inFinally = ns.get('value');
      })
      .then(() => equal('.finally sees the value', inFinally, 'catch'));
  })],
  ['await', () => inContext('await', async () => {
    const seen = [ns.get('value')];
    await null;
    seen.push(ns.get('value'));
    await delay(1);
    seen.push(ns.get('value'));
    await new Promise((resolve) => setImmediate(resolve));
    seen.push(ns.get('value'));
    equal('await (value, timer, immediate) keeps the value in an async function', seen, ['await', 'await', 'await', 'await']);
  })],
  ['nested async functions', () => inContext('outer', async () => {
    async function inner() {
      await delay(1);
      return ns.get('value');
    }
    const got = await inner();
    equal('an awaited async function called in the context sees the value', [got, ns.get('value')], ['outer', 'outer']);
  })],
  ['set after await', () => inContext('first', async () => {
    await null;
    ns.set('value', 'second');
    await delay(1);
    equal('a value set after an await is seen after the next await', ns.get('value'), 'second');
  })],
  ['concurrent awaits', async () => {
    const worker = (name, ms) => inContext(name, async () => {
      const seen = [];
      for (let i = 0; i < 3; i++) {
        await delay(ms);
        seen.push(ns.get('value'));
      }
      return seen;
    });
    const [a, b] = await Promise.all([worker('A', 2), worker('B', 1)]);
    equal('two concurrent async workers keep their own values', { a, b }, { a: ['A', 'A', 'A'], b: ['B', 'B', 'B'] });
  }],
  ['Promise.all', () => inContext('all', () =>
    Promise.all([delay(1).then(() => ns.get('value')), Promise.resolve().then(() => ns.get('value'))])
      .then((vals) => equal('Promise.all members and its .then see the value', [...vals, ns.get('value')], ['all', 'all', 'all'])))],
  ['runPromise', async () => {
    const got = await ns.runPromise(async () => {
      ns.set('value', 'rp');
      await delay(1);
      return ns.get('value');
    });
    equal('ns.runPromise() keeps the value across await and resolves with the result', got, 'rp');
  }],
  ['runPromise rejection', async () => {
    let err;
    try {
      await ns.runPromise(async () => {
        ns.set('value', 'bad');
        await null;
        throw new Error('rejected');
      });
    } catch (e) {
      err = e;
    }
    check('ns.runPromise() rejection carries its context (ns.fromException)',
      err && err.message === 'rejected' && ns.fromException(err) && ns.fromException(err).value === 'bad',
      () => `err = ${err && err.message}`);
  }],
  ['no leak', async () => {
    await delay(1);
    equal('no value in the test driver after the contexts ended', ns.get('value'), undefined);
  }],
]).then(done);
