// CommonJS modules (Node's lib/internal/modules/cjs/loader.js behaviour): Module objects,
// require with the cache and cycles, `.js`/`.cjs`/`.json` loaders, require.resolve, and the
// module wrapper's (exports, require, module, __filename, __dirname). Resolution itself is Rust
// (weft-resolve), shared with the ESM loader.
'use strict';

const binding = internalBinding('modules');
const path = require('path');

function Module(id = '', parent) {
  this.id = id;
  this.path = path.dirname(id);
  this.exports = {};
  this.filename = null;
  this.loaded = false;
  this.children = [];
  Object.defineProperty(this, 'parent', { value: parent, writable: true, enumerable: false, configurable: true });
  if (parent && parent.children) parent.children.push(this);
  this.paths = id ? Module._nodeModulePaths(this.path) : [];
}

Module._cache = { __proto__: null };
Module._extensions = { __proto__: null };
Module.builtinModules = binding.builtinIds.slice();
Module.isBuiltin = (id) => binding.isBuiltin(String(id));
Module.wrapper = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'];
Module.wrap = (script) => Module.wrapper[0] + script + Module.wrapper[1];
Module.Module = Module;

Module._nodeModulePaths = function _nodeModulePaths(from) {
  from = path.resolve(from);
  if (from === '/') return ['/node_modules'];
  const parts = from.split('/');
  const paths = [];
  for (let i = parts.length; i > 0; i--) {
    if (parts[i - 1] === 'node_modules') continue;
    const dir = parts.slice(0, i).join('/');
    paths.push((dir || '') + '/node_modules');
  }
  paths.push('/node_modules');
  return paths.filter((p, i, a) => a.indexOf(p) === i);
};

Module._resolveFilename = function _resolveFilename(request, parent) {
  const { validateString } = require('internal/validators');
  validateString(request, 'id');
  return binding.resolve(request, parent && parent.filename ? parent.filename : undefined,
    requireStackOf(parent));
};

function requireStackOf(parent) {
  const stack = [];
  for (let m = parent; m && m.filename; m = m.parent) stack.push(m.filename);
  return stack;
}

Module._load = function _load(request, parent, isMain) {
  const filename = Module._resolveFilename(request, parent);
  if (filename.startsWith('node:')) {
    return binding.requireBuiltin(filename.slice(5));
  }
  const cached = Module._cache[filename];
  if (cached !== undefined) {
    if (parent && parent.children && !parent.children.includes(cached)) parent.children.push(cached);
    return cached.exports;
  }
  const module = new Module(filename, parent);
  if (isMain) {
    process.mainModule = module;
    module.id = '.';
  }
  Module._cache[filename] = module;
  let threw = true;
  try {
    module.load(filename);
    threw = false;
  } finally {
    if (threw) {
      delete Module._cache[filename];
      if (parent && parent.children) {
        const i = parent.children.indexOf(module);
        if (i !== -1) parent.children.splice(i, 1);
      }
    }
  }
  return module.exports;
};

Module.prototype.load = function load(filename) {
  this.filename = filename;
  this.paths = Module._nodeModulePaths(path.dirname(filename));
  let ext = path.extname(filename);
  if (Module._extensions[ext] === undefined) ext = '.js';
  Module._extensions[ext](this, filename);
  this.loaded = true;
};

Module.prototype.require = function (id) {
  return Module._load(id, this, false);
};

Module.prototype._compile = function _compile(content, filename) {
  const fn = binding.compileFunction(content, filename);
  const dirname = path.dirname(filename);
  const require = makeRequire(this);
  return Reflect.apply(fn, this.exports, [this.exports, require, this, filename, dirname]);
};

Module._extensions['.js'] = function (module, filename) {
  if (binding.formatOf(filename) === 'module') {
    loadESMFromCJS(module, filename);
    return;
  }
  module._compile(binding.readSource(filename), filename);
};
Module._extensions['.cjs'] = function (module, filename) {
  module._compile(binding.readSource(filename), filename);
};
Module._extensions['.json'] = function (module, filename) {
  const content = binding.readSource(filename);
  try {
    module.exports = JSON.parse(content.charCodeAt(0) === 0xFEFF ? content.slice(1) : content);
  } catch (err) {
    err.message = filename + ': ' + err.message;
    throw err;
  }
};
Module._extensions['.mjs'] = function (module, filename) {
  loadESMFromCJS(module, filename);
};

// require(esm) as in Node 22.12+: the ES module graph is evaluated synchronously and
// module.exports becomes its namespace, or the value of its `'module.exports'` export when it
// has one; a graph with top-level await throws ERR_REQUIRE_ASYNC_MODULE.
function loadESMFromCJS(module, filename) {
  const { 0: namespace, 1: settled } = binding.requireModule(filename);
  if (!settled) {
    const { codes } = require('internal/errors');
    throw new codes.ERR_REQUIRE_ASYNC_MODULE(filename, requireStackOf(module.parent));
  }
  module.exports = Object.prototype.hasOwnProperty.call(namespace, 'module.exports') ?
    namespace['module.exports'] : namespace;
}

function makeRequire(mod) {
  function require(id) {
    return mod.require(id);
  }
  require.resolve = function resolve(request, options) {
    const filename = Module._resolveFilename(request, mod);
    return filename.startsWith('node:') && !request.startsWith('node:') && binding.isBuiltin(request) ? request : filename;
  };
  require.resolve.paths = (request) => (binding.isBuiltin(request) ? null : Module._nodeModulePaths(mod.path));
  require.main = process.mainModule;
  require.extensions = Module._extensions;
  require.cache = Module._cache;
  return require;
}

Module.createRequire = function createRequire(filename) {
  if (typeof filename === 'object' && filename !== null && typeof filename.href === 'string') {
    filename = require('url').fileURLToPath(filename);
  } else if (typeof filename === 'string' && filename.startsWith('file:')) {
    filename = new URL(filename).pathname;
  }
  const m = new Module(filename, null);
  m.filename = filename;
  m.paths = Module._nodeModulePaths(path.dirname(filename));
  return makeRequire(m);
};

// Runs the main entry point (the file given to `weft`).
Module.runMain = function runMain(filename) {
  Module._load(filename, null, true);
};

// Used by the ESM loader to import a CommonJS module: returns its exports.
Module.requireForImport = function requireForImport(filename) {
  return Module._load(filename, null, false);
};

module.exports = Module;
