// cls-hooked 4.2.2: ns.bind(fn) and ns.bind(fn, context) run a function in a fixed context
// wherever it is called from; ns.bindEmitter(ee) makes EventEmitter listeners run in the
// context active when they were added (through emitter-listener's wrapping of on/addListener/
// emit and its reading of the emitter's `_events`).
'use strict';

const EventEmitter = require('node:events');
const { check, equal, requireFixture, series, mustFinish } = require('../../packages/common.js');

const cls = requireFixture('cls-hooked');
const ns = cls.createNamespace('weft-bind');
const done = mustFinish('cls-hooked bind');

series([
  ['bind', () => new Promise((resolve) => {
    let bound;
    ns.run(() => {
      ns.set('who', 'binder');
      bound = ns.bind(function (a, b) {
        return [ns.get('who'), this && this.tag, a, b];
      });
    });
    const direct = bound.call({ tag: 't' }, 1, 2);
    equal('a bound function called outside the context runs in it (this and arguments kept)', direct, ['binder', 't', 1, 2]);
    ns.run(() => {
      ns.set('who', 'caller');
      equal('a bound function called in another context runs in its own', bound()[0], 'binder');
      equal('the caller context is back after the bound call', ns.get('who'), 'caller');
    });
    setTimeout(() => {
      equal('a bound function called from an unrelated timer runs in its context', bound()[0], 'binder');
      resolve();
    }, 1);
  })],
  ['bind with explicit context', () => {
    let ctx;
    ns.run(() => {
      ns.set('who', 'explicit');
      ctx = ns.active;
    });
    const f = ns.bind(() => ns.get('who'), ctx);
    equal('ns.bind(fn, context) uses the given context', f(), 'explicit');
  }],
  ['bind outside a context', () => {
    const f = ns.bind(() => {
      ns.set('fresh', 1);
      return ns.get('fresh');
    });
    equal('ns.bind(fn) outside any context creates a fresh context', f(), 1);
    equal('that fresh context does not leak', ns.get('fresh'), undefined);
  }],
  ['bind throws', () => {
    const f = ns.bind(() => { throw new Error('bound'); }, ns.createContext());
    let err;
    try {
      f();
    } catch (e) {
      err = e;
    }
    check('an error thrown by a bound function carries its context', err && ns.fromException(err) !== undefined);
    equal('no context is left active after the throw', ns.active, null);
  }],
  ['bindEmitter', () => new Promise((resolve) => {
    const ee = new EventEmitter();
    ns.bindEmitter(ee);
    const seen = [];
    ns.run(() => {
      ns.set('who', 'A');
      ee.on('data', (x) => seen.push(['A', ns.get('who'), x]));
    });
    ns.run(() => {
      ns.set('who', 'B');
      ee.addListener('data', (x) => seen.push(['B', ns.get('who'), x]));
    });
    ee.on('data', (x) => seen.push(['none', ns.get('who'), x]));
    ns.run(() => {
      ns.set('who', 'emitter');
      ee.emit('data', 1);
    });
    setImmediate(() => {
      ee.emit('data', 2);
      equal('each listener runs in the context it was added in, whoever emits', seen, [
        ['A', 'A', 1], ['B', 'B', 1], ['none', 'emitter', 1],
        ['A', 'A', 2], ['B', 'B', 2], ['none', undefined, 2],
      ]);
      resolve();
    });
  })],
  ['bindEmitter once and removeListener', () => {
    const ee = new EventEmitter();
    ns.bindEmitter(ee);
    const seen = [];
    const keep = () => seen.push(['keep', ns.get('who')]);
    const drop = () => seen.push(['drop', ns.get('who')]);
    ns.run(() => {
      ns.set('who', 'ctx');
      ee.on('ev', keep);
      ee.on('ev', drop);
      ee.once('ev', () => seen.push(['once', ns.get('who')]));
    });
    ee.emit('ev');
    ee.removeListener('ev', drop);
    ee.emit('ev');
    equal('once listeners run once in their context; removeListener removes the original listener', seen,
      [['keep', 'ctx'], ['drop', 'ctx'], ['once', 'ctx'], ['keep', 'ctx']]);
    equal('listenerCount after removal', ee.listenerCount('ev'), 1);
  }],
  ['bindEmitter from an async callback', () => new Promise((resolve) => {
    const ee = new EventEmitter();
    ns.run(() => {
      ns.set('who', 'req');
      ns.bindEmitter(ee);
      ee.on('end', () => {
        equal('a listener added in a context runs in it when the emit comes from a timer', ns.get('who'), 'req');
        resolve();
      });
    });
    setTimeout(() => ee.emit('end'), 1);
  })],
]).then(done);
