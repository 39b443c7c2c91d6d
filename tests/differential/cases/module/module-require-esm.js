// require() of ES modules (Node 22.12+ require(esm)): the graph is evaluated synchronously;
// the result is the module namespace (with `__esModule: true` added when there is a default
// export), or the `'module.exports'` export when the module has one; errors thrown while
// evaluating propagate; top-level await throws ERR_REQUIRE_ASYNC_MODULE; the CommonJS cache
// returns the same namespace on a second require.
'use strict';
const util = require('util');

const ns = require('./_require-esm-main.mjs');
console.log(Object.keys(ns), ns.a, ns.default(), ns[Symbol.toStringTag]);
console.log(util.types.isModuleNamespaceObject(ns), Object.getPrototypeOf(ns), Object.isSealed(ns));
console.log(util.inspect(Object.getOwnPropertyDescriptor(ns, '__esModule')));
ns.bump();
console.log('live binding', ns.counter);
console.log('cached', require('./_require-esm-main.mjs') === ns);

const named = require('./_require-esm-named.mjs');
console.log(Object.keys(named), '__esModule' in named, util.inspect(named));

console.log(require('./_require-esm-module-exports.mjs'));

for (const file of ['./_require-esm-throws.mjs', './_require-esm-tla.mjs']) {
  try {
    require(file);
    console.log('no error', file);
  } catch (err) {
    console.log(err.name, err.code, err.message.replaceAll(__dirname, '<dir>'));
  }
}
console.log('retry after a throw', (() => {
  try { require('./_require-esm-throws.mjs'); } catch (err) { return err.message; }
})());
process.on('unhandledRejection', (r) => console.log('unhandledRejection', r));
setTimeout(() => console.log('done'), 5);
