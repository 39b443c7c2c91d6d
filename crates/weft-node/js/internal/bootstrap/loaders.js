// The loader for weft's built-in JS modules (mirrors the role of Node's
// lib/internal/bootstrap/realm.js: BuiltinModule and `require` for internals).
// Evaluated once as an expression; the runtime calls the returned function with
// `compile(id)` (returns the module's wrapper function, or throws for an unknown id)
// and `internalBinding(name)`, and receives `requireBuiltin`.
(function (compile, internalBinding, canBeRequiredByUsers) {
  'use strict';
  const cache = new Map();

  function requireBuiltin(id) {
    const cached = cache.get(id);
    if (cached !== undefined) return cached.exports;
    const module = { exports: {}, id, loaded: false };
    cache.set(id, module);
    const fn = compile(id);
    try {
      fn.call(module.exports, module.exports, requireBuiltin, module, internalBinding);
    } catch (err) {
      cache.delete(id);
      throw err;
    }
    module.loaded = true;
    return module.exports;
  }

  // The public face used by user `require('node:fs')`: only non-internal ids.
  requireBuiltin.canBeRequiredByUsers = canBeRequiredByUsers;
  return requireBuiltin;
})
