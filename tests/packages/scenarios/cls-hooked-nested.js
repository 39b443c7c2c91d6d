// cls-hooked 4.2.2: nested ns.run() contexts (a child context inherits from its parent and
// its own sets do not leak out, also across async callbacks), runAndReturn, errors thrown
// out of a context (ns.fromException), get/set outside any context, and two independent
// namespaces (each its own createHook).
'use strict';

const { check, equal, requireFixture, series, delay, mustFinish } = require('../../packages/common.js');

const cls = requireFixture('cls-hooked');
const ns = cls.createNamespace('weft-nested');
const other = cls.createNamespace('weft-other');
const done = mustFinish('cls-hooked nested');

series([
  ['outside any context', () => {
    equal('ns.get() outside any context is undefined', ns.get('user'), undefined);
    let msg;
    try {
      ns.set('user', 'x');
    } catch (e) {
      msg = e.message;
    }
    equal('ns.set() outside any context throws', msg, 'No context available. ns.run() or ns.bind() must be called first.');
    check('cls.getNamespace() returns the namespace', cls.getNamespace('weft-nested') === ns);
  }],
  ['nested run (sync)', () => {
    const seen = [];
    ns.run(() => {
      ns.set('user', 'alice');
      ns.set('request', 1);
      ns.run(() => {
        seen.push([ns.get('user'), ns.get('request')]);
        ns.set('request', 2);
        seen.push([ns.get('user'), ns.get('request')]);
      });
      seen.push([ns.get('user'), ns.get('request')]);
    });
    equal('an inner run inherits the outer values and its sets stay inside', seen,
      [['alice', 1], ['alice', 2], ['alice', 1]]);
  }],
  ['nested run (async)', () => new Promise((resolve) => {
    const seen = {};
    let pending = 2;
    const finish = () => {
      if (--pending) return;
      equal('inner and outer contexts stay apart across timers', seen,
        { innerTimer: ['bob', 'inner'], outerTimer: ['bob', 'outer'], innerTick: ['bob', 'inner'] });
      resolve();
    };
    ns.run(() => {
      ns.set('user', 'bob');
      ns.set('level', 'outer');
      ns.run(() => {
        ns.set('level', 'inner');
        process.nextTick(() => { seen.innerTick = [ns.get('user'), ns.get('level')]; });
        setTimeout(() => { seen.innerTimer = [ns.get('user'), ns.get('level')]; finish(); }, 2);
      });
      setTimeout(() => { seen.outerTimer = [ns.get('user'), ns.get('level')]; finish(); }, 1);
    });
  })],
  ['nested run (await)', () => new Promise((resolve, reject) => {
    ns.run(async () => {
      try {
        ns.set('level', 'outer');
        const inner = await new Promise((res) => ns.run(async () => {
          ns.set('level', 'inner');
          await delay(1);
          res(ns.get('level'));
        }));
        await null;
        equal('after awaiting an inner context, the outer value is back', [inner, ns.get('level')], ['inner', 'outer']);
        resolve();
      } catch (e) {
        reject(e);
      }
    });
  })],
  ['runAndReturn', () => {
    const got = ns.runAndReturn((ctx) => {
      ns.set('k', 'v');
      return [ctx.k, ns.get('k'), ns.active === ctx];
    });
    equal('ns.runAndReturn() returns the function value; the context argument is the active one', got, ['v', 'v', true]);
    equal('the context is gone after runAndReturn', ns.get('k'), undefined);
  }],
  ['run returns the context', () => {
    const ctx = ns.run(() => ns.set('x', 42));
    equal('ns.run() returns the context object it ran in', ctx.x, 42);
  }],
  ['exceptions', () => {
    let err;
    try {
      ns.run(() => {
        ns.set('where', 'thrower');
        throw new Error('sync');
      });
    } catch (e) {
      err = e;
    }
    check('an error thrown in ns.run() carries the context (ns.fromException)',
      err && ns.fromException(err) && ns.fromException(err).where === 'thrower');
    check('the error context is under cls.ERROR_SYMBOL', err && err[cls.ERROR_SYMBOL] === ns.fromException(err));
    equal('the context is exited after the throw', ns.active, null);
  }],
  ['enter and exit', () => {
    const ctx = ns.createContext();
    ns.enter(ctx);
    ns.set('manual', 'yes');
    const inside = ns.get('manual');
    ns.exit(ctx);
    equal('ns.createContext()/enter()/exit() activate and restore a context', [inside, ns.get('manual')], ['yes', undefined]);
  }],
  ['two namespaces', () => new Promise((resolve) => {
    ns.run(() => {
      ns.set('v', 'ns');
      other.run(() => {
        other.set('v', 'other');
        setTimeout(() => {
          equal('two namespaces keep their own values in one callback', [ns.get('v'), other.get('v')], ['ns', 'other']);
          resolve();
        }, 1);
      });
      setImmediate(() => {
        equal('a callback scheduled outside the other namespace sees only the first', [ns.get('v'), other.get('v')], ['ns', undefined]);
      });
    });
  })],
  ['destroyNamespace', () => {
    cls.destroyNamespace('weft-other');
    equal('cls.destroyNamespace() removes it from getNamespace()', cls.getNamespace('weft-other'), null);
  }],
]).then(done);
