// Shared helper of the conformance scripts (tests/conformance/README.md). Only uses what
// weft's early builtins provide: fs.writeSync, process.exitCode and process.on('exit').
'use strict';

const fs = require('node:fs');
const async_hooks = require('node:async_hooks');

let failures = 0;

/** Writes one line to stdout synchronously (safe inside hooks, unlike console.log). */
function write(line) {
  fs.writeSync(1, `${line}\n`);
}

/** Prints `PASS name` or `FAIL name: detail`; a failure sets the exit status to 1. */
function check(name, cond, detail = 'condition false') {
  if (cond) {
    write(`PASS ${name}`);
  } else {
    failures++;
    process.exitCode = 1;
    write(`FAIL ${name}: ${typeof detail === 'function' ? detail() : detail}`);
  }
  return !!cond;
}

/** Structural equality of plain data: primitives (Object.is), arrays, plain objects. */
function deepEqual(a, b) {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && deepEqual(a[k], b[k]));
}

function show(v) {
  try {
    return JSON.stringify(v);
  } catch {
    return String(v);
  }
}

/** check() with deepEqual, printing both values on failure. */
function equal(name, actual, expected) {
  return check(name, deepEqual(actual, expected), () => `got ${show(actual)}, want ${show(expected)}`);
}

/** check() that fn throws an error whose listed properties equal `want` (e.g. {name, code, message}). */
function throws(name, fn, want) {
  try {
    fn();
  } catch (err) {
    const got = {};
    for (const k of Object.keys(want)) got[k] = err == null ? err : err[k];
    return equal(name, got, want);
  }
  return check(name, false, 'did not throw');
}

/**
 * Wraps fn; at exit, checks it ran exactly `times` times (as check `name`).
 */
function mustCall(name, fn = () => {}, times = 1) {
  let calls = 0;
  process.on('exit', () => equal(`${name} (calls)`, calls, times));
  return function (...args) {
    calls++;
    return fn.apply(this, args);
  };
}

/**
 * Records hook events as {event, type, id, trigger, eid, tid} objects in `events`
 * (type is filled in from the init of the same id). With {print: true} each event is also
 * written in the trace format `<event> <type> id=<n> trigger=<n> eid=<n> tid=<n>`.
 * Returns {events, hook, ofType(type), forId(id)}; the hook is created enabled.
 */
function trace({ print = false, types: only = null } = {}) {
  const events = [];
  const typeOf = new Map();
  const record = (event, id, type, trigger) => {
    if (only && !only.includes(type)) return;
    const e = {
      event,
      type,
      id,
      trigger,
      eid: async_hooks.executionAsyncId(),
      tid: async_hooks.triggerAsyncId(),
    };
    events.push(e);
    if (print) {
      const trig = trigger === undefined ? '' : ` trigger=${trigger}`;
      write(`${event} ${type} id=${id}${trig} eid=${e.eid} tid=${e.tid}`);
    }
  };
  const hook = async_hooks.createHook({
    init(id, type, trigger) {
      typeOf.set(id, type);
      record('init', id, type, trigger);
    },
    before(id) { record('before', id, typeOf.get(id)); },
    after(id) { record('after', id, typeOf.get(id)); },
    destroy(id) { record('destroy', id, typeOf.get(id)); },
  }).enable();
  return {
    events,
    hook,
    ofType: (type) => events.filter((e) => e.type === type),
    forId: (id) => events.filter((e) => e.id === id),
  };
}

module.exports = { check, equal, deepEqual, throws, mustCall, trace, write, failures: () => failures };
