// Shared helper of the package scenarios (tests/packages/README.md): PASS/FAIL reporting in the
// conformance format, loading the pinned npm packages from .npm-fixtures/, and running
// asynchronous checks one after another.
//
// Scenarios live in tests/packages/scenarios/ (run by crates/weft-cli/tests/packages.rs) and
// load this file as `require('../../packages/common.js')`.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { createRequire } = require('node:module');

/** The repository root (this file is tests/packages/common.js). */
const root = path.resolve(__dirname, '..', '..');
/** Where scripts/install-npm-fixtures.sh installs the packages. */
const fixtures = path.join(root, '.npm-fixtures');

let failures = 0;
/** Prepended to check names (see eachContextManager), e.g. `[AsyncHooksContextManager 2.x] `. */
let prefix = '';

/** Writes one line to stdout synchronously (safe inside hooks, unlike console.log). */
function write(line) {
  fs.writeSync(1, `${line}\n`);
}

/** Prints `PASS name` or `FAIL name: detail`; a failure sets the exit status to 1. */
function check(name, cond, detail = 'condition false') {
  name = prefix + name;
  if (cond) {
    write(`PASS ${name}`);
  } else {
    failures++;
    process.exitCode = 1;
    write(`FAIL ${name}: ${typeof detail === 'function' ? detail() : detail}`);
  }
  return !!cond;
}

function show(v) {
  try {
    return JSON.stringify(v) ?? String(v);
  } catch {
    return String(v);
  }
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

/** check() with deepEqual, printing both values on failure. */
function equal(name, actual, expected) {
  return check(name, deepEqual(actual, expected), () => `got ${show(actual)}, want ${show(expected)}`);
}

/**
 * Loads an installed fixture package by its bare name, resolved the way an application next
 * to .npm-fixtures/node_modules would (node_modules lookup, package.json `exports`/`main`).
 * When the fixtures are missing, prints a FAIL line naming the install script and exits 1.
 */
function requireFixture(name) {
  if (!fs.existsSync(path.join(fixtures, 'node_modules'))) {
    write(`FAIL fixtures: ${fixtures}/node_modules is missing; run scripts/install-npm-fixtures.sh`);
    process.exit(1);
  }
  return createRequire(path.join(fixtures, 'package.json'))(name);
}

/**
 * Runs `steps` ([name, fn] pairs, fn may return a promise) one after another. A step that
 * throws or rejects is reported as `FAIL name: ...`; a step that does not settle within
 * `timeoutMs` as `FAIL name: timed out`. Resolves when all steps are done.
 */
async function series(steps, { timeoutMs = 5000 } = {}) {
  for (const [name, fn] of steps) {
    let timer;
    try {
      await Promise.race([
        Promise.resolve().then(fn),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timed out')), timeoutMs);
        }),
      ]);
    } catch (err) {
      check(name, false, `threw ${describe(err)}`);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** `Name: message (at <first stack frame>)` for an error, JSON or String() for other values. */
function describe(err) {
  if (!(err instanceof Error)) return show(err);
  const frame = String(err.stack || '').split('\n').map((l) => l.trim()).find((l) => l.startsWith('at '));
  return `${err.name}: ${err.message}${frame ? ` (${frame})` : ''}`;
}

/** A promise resolved after `ms` milliseconds by a timer. */
function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Fails the run if the process exits before `done()` was called (a lost callback). */
function mustFinish(name) {
  let finished = false;
  process.on('exit', () => {
    prefix = '';
    if (!finished) check(name, false, 'the scenario did not run to its end (a callback never ran?)');
  });
  return () => {
    finished = true;
  };
}

/**
 * The OpenTelemetry context managers under test, as [label, create] pairs:
 * AsyncHooksContextManager (createHook-based, only in @opentelemetry/context-async-hooks 2.x)
 * and AsyncLocalStorageContextManager from 2.x and from 3.x (the `otel-context-async-hooks-3`
 * alias of @opentelemetry/context-async-hooks 3.1.1). `only` filters by label substring.
 */
function contextManagers(only = '') {
  const v2 = requireFixture('@opentelemetry/context-async-hooks');
  const v3 = requireFixture('otel-context-async-hooks-3');
  return [
    ['AsyncHooksContextManager 2.x', () => new v2.AsyncHooksContextManager()],
    ['AsyncLocalStorageContextManager 2.x', () => new v2.AsyncLocalStorageContextManager()],
    ['AsyncLocalStorageContextManager 3.x', () => new v3.AsyncLocalStorageContextManager()],
  ].filter(([label]) => label.includes(only));
}

/**
 * Runs `makeSteps(manager)` (a list of [name, fn] for series()) once per context manager:
 * enables the manager, registers it with `api.context.setGlobalContextManager`, runs the
 * steps with check names prefixed by `[label] `, then `api.context.disable()` (which disables
 * the manager and unregisters it, so that the next one can register).
 */
async function eachContextManager(api, makeSteps, { only = '' } = {}) {
  for (const [label, create] of contextManagers(only)) {
    const manager = create();
    prefix = `[${label}] `;
    try {
      check('enable() and setGlobalContextManager() succeed',
        api.context.setGlobalContextManager(manager.enable()) === true);
      await series(makeSteps(manager));
    } finally {
      api.context.disable();
      prefix = '';
    }
  }
}

module.exports = {
  contextManagers,
  eachContextManager,
  check,
  equal,
  deepEqual,
  write,
  requireFixture,
  series,
  delay,
  mustFinish,
  fixtures,
  root,
  failures: () => failures,
};
