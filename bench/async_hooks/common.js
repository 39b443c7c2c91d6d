// Shared helpers for the bench/async_hooks workloads (see README.md).
// Every workload is run as `<runtime> <workload>.js <variant> <n>` and prints exactly one line on
// stdout: the elapsed milliseconds of its timed part, measured with process.hrtime.bigint(), so
// process start-up and module loading are not counted. Any failure goes to stderr with exit 1.
'use strict';
const asyncHooks = require('node:async_hooks');

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

// Returns new AsyncLocalStorage(), failing clearly when the runtime lacks it.
function newStorage() {
  if (typeof asyncHooks.AsyncLocalStorage !== 'function') fail('AsyncLocalStorage is not implemented');
  return new asyncHooks.AsyncLocalStorage();
}

// Returns { variant, n } from argv, checking the variant against the allowed list.
function parseArgs(variants) {
  const variant = process.argv[2];
  const n = Number(process.argv[3]);
  if (!variants.includes(variant)) fail(`unknown variant ${variant}; expected one of ${variants.join(', ')}`);
  if (!Number.isInteger(n) || n <= 0) fail(`bad iteration count ${process.argv[3]}`);
  return { variant, n };
}

// Enables the hook set named by `kind` (all callbacks empty). Returns the hook, or null.
function enableHooks(kind) {
  let callbacks;
  switch (kind) {
    case 'none': return null;
    case 'init': callbacks = { init() {} }; break;
    case 'resolve': callbacks = { promiseResolve() {} }; break;
    case 'destroy': callbacks = { init() {}, destroy() {} }; break;
    case 'all':
      callbacks = { init() {}, before() {}, after() {}, destroy() {}, promiseResolve() {} };
      break;
    default: fail(`unknown hook set ${kind}`);
  }
  return asyncHooks.createHook(callbacks).enable();
}

function report(start) {
  const elapsedNs = process.hrtime.bigint() - start;
  process.stdout.write(`${(Number(elapsedNs) / 1e6).toFixed(3)}\n`);
}

// Times a synchronous body.
function timeSync(body) {
  const start = process.hrtime.bigint();
  body();
  report(start);
}

// Times an async body (a function returning a promise); any rejection fails the run.
// `after` (optional, async) runs once the time is printed, to check things without timing them.
function timeAsync(body, after) {
  const start = process.hrtime.bigint();
  Promise.resolve()
    .then(body)
    .then(() => {
      report(start);
      if (after) return after();
    })
    .catch((err) => fail(`failed: ${err && err.stack ? err.stack : err}`));
}

// After a hooked promise workload: checks that the runtime really reports promises to hooks
// (an init for a PROMISE resource for the hook sets with init, a promiseResolve for the sets
// with it), so a runtime that skips them does not post a misleading time. Untimed.
async function checkPromiseHooks(kind) {
  const wantInit = kind === 'init' || kind === 'all' || kind === 'destroy';
  const wantResolve = kind === 'resolve' || kind === 'all';
  if (!wantInit && !wantResolve) return;
  let inits = 0;
  let resolves = 0;
  const probe = asyncHooks.createHook({
    init(id, type) {
      if (type === 'PROMISE') inits++;
    },
    promiseResolve() {
      resolves++;
    },
  }).enable();
  await Promise.resolve(1).then((v) => v);
  probe.disable();
  if (wantInit && inits === 0) fail('hooks saw no PROMISE init: promise hooks not implemented');
  if (wantResolve && resolves === 0) fail('hooks saw no promiseResolve: not implemented');
}

// Runs an async loop under one of the promise-workload variants:
// none / init / all (hook sets, enabled before timing) or als (the loop runs inside
// AsyncLocalStorage#run, and the store must still be visible after the loop).
function timePromiseVariant(variant, loop) {
  if (variant !== 'als') {
    enableHooks(variant);
    timeAsync(loop, () => checkPromiseHooks(variant));
    return;
  }
  const als = newStorage();
  const store = { tag: 'bench' };
  timeAsync(() => als.run(store, async () => {
    await loop();
    if (als.getStore() !== store) fail('AsyncLocalStorage store lost across the awaited loop');
  }));
}

module.exports = {
  asyncHooks, fail, newStorage, parseArgs, enableHooks, timeSync, timeAsync, checkPromiseHooks, timePromiseVariant,
};
