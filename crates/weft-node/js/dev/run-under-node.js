// Dev shim: loads weft's built-in JS files under a real Node (the oracle,
// .oracle/node/bin/node) with the same `(exports, require, module, internalBinding)`
// wrapper the weft runtime uses, so they can be compared with Node's own output
// before weft itself can run scripts. Not used by the runtime.
//
// Usage:
//   .oracle/node/bin/node --expose-internals crates/weft-node/js/dev/run-under-node.js <script.js>
//     runs <script.js> with `require('util')`, `require('console')`… answered by
//     weft's files (see WEFT_MODULES below) and a global `weftRequire(id)`;
//   or from another script:
//     const { weftRequire } = require('./run-under-node.js');
//     const { inspect } = weftRequire('internal/util/inspect');
// Without --expose-internals the shim re-runs itself with it (the util binding
// below borrows Node's internal one; only in this shim).
'use strict';

const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function hasInternals() {
  try {
    require('internal/test/binding');
    return true;
  } catch {
    return false;
  }
}

if (!hasInternals()) {
  if (require.main === module) {
    const { spawnSync } = require('child_process');
    const r = spawnSync(process.execPath, ['--expose-internals', ...process.execArgv, __filename,
      ...process.argv.slice(2)], { stdio: 'inherit' });
    process.exit(r.status === null ? 1 : r.status);
  }
  throw new Error('run-under-node.js needs node --expose-internals');
}

// Node's own engine-backed helpers stand in for the natives weft provides.
const nodeUtilBinding = (() => {
  const emitWarning = process.emitWarning;
  process.emitWarning = () => {};
  try {
    return require('internal/test/binding').internalBinding('util');
  } finally {
    process.emitWarning = emitWarning;
  }
})();

const bindings = {
  util: {
    getPromiseDetails(p) {
      const d = nodeUtilBinding.getPromiseDetails(p);
      if (d === undefined) return undefined;
      return [d[0], d[1]];
    },
    getProxyDetails(v) {
      const d = nodeUtilBinding.getProxyDetails(v, true);
      if (d === undefined) return undefined;
      return d === null ? [null, null] : [d[0], d[1]];
    },
    getConstructorName(v) {
      return nodeUtilBinding.getConstructorName(v);
    },
    previewEntries: process.env.WEFT_NO_PREVIEW ? undefined : (v, isIter) =>
      nodeUtilBinding.previewEntries(v, isIter),
  },
  stdio: {
    writeSync(fd, string) {
      fs.writeSync(fd, string);
    },
  },
};

function internalBinding(name) {
  const b = bindings[name];
  if (b === undefined) throw new Error(`dev shim: no binding '${name}'`);
  return b;
}

// Public ids answered by weft's files instead of Node's.
const WEFT_MODULES = new Set(['util', 'console']);

const cache = new Map();
function weftRequire(id) {
  if (id.startsWith('node:')) id = id.slice(5);
  const cached = cache.get(id);
  if (cached !== undefined) return cached.exports;
  const file = path.join(ROOT, `${id}.js`);
  if (!id.startsWith('internal/') && !WEFT_MODULES.has(id)) return require(id);
  const source = fs.readFileSync(file, 'utf8');
  const module = { exports: {}, id, loaded: false };
  cache.set(id, module);
  const fn = new Function('exports', 'require', 'module', 'internalBinding',
    `${source}\n//# sourceURL=weft:${id}.js`);
  try {
    fn.call(module.exports, module.exports, weftRequire, module, internalBinding);
  } catch (err) {
    cache.delete(id);
    throw err;
  }
  module.loaded = true;
  return module.exports;
}

module.exports = { weftRequire, internalBinding };

if (require.main === module) {
  const script = process.argv[2];
  if (!script) {
    console.error('usage: node --expose-internals run-under-node.js <script.js>');
    process.exit(2);
  }
  const file = path.resolve(script);
  const source = fs.readFileSync(file, 'utf8');
  globalThis.weftRequire = weftRequire;
  const userRequire = (id) => {
    const bare = id.startsWith('node:') ? id.slice(5) : id;
    if (WEFT_MODULES.has(bare)) return weftRequire(bare);
    return require(id.startsWith('.') ? path.resolve(path.dirname(file), id) : id);
  };
  const userModule = { exports: {} };
  const weftConsole = fs.existsSync(path.join(ROOT, 'console.js')) ? weftRequire('console') : console;
  const fn = new Function('exports', 'require', 'module', '__filename', '__dirname', 'console',
    source);
  fn.call(userModule.exports, userModule.exports, userRequire, userModule, file,
    path.dirname(file), weftConsole);
}
