// node:module (Node's lib/module.js and the public statics of lib/internal/modules/cjs/loader.js):
// the CommonJS `Module` class from the loader, plus `createRequire` with Node's argument rules
// (file URL object or string, absolute path, a trailing slash meaning a directory),
// `findPackageJSON`, and the hooks weft has no machinery for (`register`, `registerHooks`,
// the compile cache, source maps, TypeScript stripping) as harmless no-ops or Node's errors.
'use strict';

const Module = require('internal/modules/cjs/loader');
const path = require('path');
const {
  codes: {
    ERR_INVALID_ARG_VALUE,
    ERR_METHOD_NOT_IMPLEMENTED,
    ERR_MISSING_ARGS,
    ERR_MODULE_NOT_FOUND,
  },
} = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/validators');

const loaderCreateRequire = Module.createRequire;
const createRequireError = 'must be a file URL object, file URL string, or absolute path string';

function lazyURL() {
  return require('internal/url');
}

function createRequire(filename) {
  const { isURL, fileURLToPath } = lazyURL();
  let filepath;
  if (isURL(filename) || (typeof filename === 'string' && !path.isAbsolute(filename))) {
    try {
      filepath = fileURLToPath(filename);
    } catch {
      throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
    }
  } else if (typeof filename !== 'string') {
    throw new ERR_INVALID_ARG_VALUE('filename', filename, createRequireError);
  } else {
    filepath = filename;
  }
  // A path ending in a separator names a directory: requests resolve from inside it.
  const proxyPath = filepath.endsWith('/') ? path.join(filepath, 'noop.js') : filepath;
  return loaderCreateRequire(proxyPath);
}

// The package name of a bare specifier ('@scope/name/sub' -> '@scope/name').
function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier[0] === '@' ? parts.slice(0, 2).join('/') : parts[0];
}

// The nearest package.json at or above `dir`.
function findParentPackageJSON(dir) {
  const { existsSync } = require('fs');
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

function findPackageJSON(specifier, base = 'data:') {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('specifier');
  const { URL, isURL, fileURLToPath, pathToFileURL } = lazyURL();
  try {
    specifier = `${specifier}`;
  } catch {
    validateString(specifier, 'specifier');
  }
  let parentURL = base;
  if (!isURL(base)) {
    validateString(base, 'base');
    parentURL = path.isAbsolute(base) ? pathToFileURL(base) : new URL(base);
  }
  if (specifier && specifier[0] !== '.' && specifier[0] !== '/' && !URL.canParse(specifier)) {
    // A bare specifier: the package.json of that package, looked up from the parent.
    const name = packageNameOf(specifier);
    const parentPath = parentURL.protocol === 'file:' ? fileURLToPath(parentURL) : undefined;
    if (parentPath === undefined) {
      // Resolving against a non-file base fails as URL parsing does (Invalid URL).
      new URL(specifier, parentURL); // eslint-disable-line no-new
      throw new ERR_MODULE_NOT_FOUND(name, `${parentURL}`, undefined);
    }
    const { existsSync } = require('fs');
    for (let dir = path.dirname(parentPath); ; dir = path.dirname(dir)) {
      if (path.basename(dir) !== 'node_modules') {
        const candidate = path.join(dir, 'node_modules', name, 'package.json');
        if (existsSync(candidate)) return candidate;
      }
      if (path.dirname(dir) === dir) break;
    }
    throw new ERR_MODULE_NOT_FOUND(name, parentPath, undefined);
  }
  const target = new URL(specifier, parentURL);
  if (target.protocol !== 'file:') return undefined;
  return findParentPackageJSON(path.dirname(fileURLToPath(target)));
}

function register(specifier, parentURL = undefined, options = undefined) {
  // weft has no customisation hooks thread: registering loader hooks does nothing.
  if (parentURL !== null && typeof parentURL === 'object' && !lazyURL().isURL(parentURL)) {
    options = parentURL;
  }
  if (options !== undefined) validateObject(options, 'options');
}

function registerHooks(hooks) {
  validateObject(hooks, 'hooks');
  return { deregister() {} };
}

function syncBuiltinESMExports() {
  // Built-in ES module namespaces are built from the CommonJS exports when imported.
}

const constants = {
  __proto__: null,
  compileCacheStatus: { __proto__: null, FAILED: 0, ENABLED: 1, ALREADY_ENABLED: 2, DISABLED: 3 },
};
Object.freeze(constants.compileCacheStatus);
Object.freeze(constants);

function enableCompileCache(options) {
  return { status: constants.compileCacheStatus.DISABLED, message: 'Disabled by weft' };
}

function getCompileCacheDir() {
  return undefined;
}

function flushCompileCache() {}

let sourceMapsEnabled = false;
function getSourceMapsSupport() {
  return { __proto__: null, enabled: sourceMapsEnabled, nodeModules: false, generatedCode: false };
}

function setSourceMapsSupport(enabled, options = undefined) {
  validateBoolean(enabled, 'enabled');
  if (options !== undefined) validateObject(options, 'options');
  sourceMapsEnabled = enabled;
}

function findSourceMap(sourceURL) {
  validateString(sourceURL, 'sourceURL');
  return undefined;
}

class SourceMap {
  #payload;

  constructor(payload, { lineLengths } = {}) {
    validateObject(payload, 'payload');
    this.#payload = { ...payload };
  }

  get payload() {
    return this.#payload;
  }

  findEntry(lineOffset, columnOffset) {
    return {};
  }

  findOrigin(lineNumber, columnNumber) {
    return {};
  }
}

function stripTypeScriptTypes(code, options = undefined) {
  validateString(code, 'code');
  throw new ERR_METHOD_NOT_IMPLEMENTED('stripTypeScriptTypes()');
}

function defineStatic(name, value) {
  Object.defineProperty(Module, name, {
    __proto__: null, value, writable: true, configurable: true, enumerable: true,
  });
}

defineStatic('createRequire', createRequire);
defineStatic('findPackageJSON', findPackageJSON);
defineStatic('register', register);
defineStatic('registerHooks', registerHooks);
defineStatic('syncBuiltinESMExports', syncBuiltinESMExports);
defineStatic('constants', constants);
defineStatic('enableCompileCache', enableCompileCache);
defineStatic('getCompileCacheDir', getCompileCacheDir);
defineStatic('flushCompileCache', flushCompileCache);
defineStatic('getSourceMapsSupport', getSourceMapsSupport);
defineStatic('setSourceMapsSupport', setSourceMapsSupport);
defineStatic('findSourceMap', findSourceMap);
defineStatic('SourceMap', SourceMap);
defineStatic('stripTypeScriptTypes', stripTypeScriptTypes);
if (Module._pathCache === undefined) defineStatic('_pathCache', { __proto__: null });
if (Module.globalPaths === undefined) {
  const home = process.env.HOME;
  const prefix = path.resolve(process.execPath, '..', '..');
  defineStatic('globalPaths', [
    ...(home ? [path.resolve(home, '.node_modules'), path.resolve(home, '.node_libraries')] : []),
    path.resolve(prefix, 'lib', 'node'),
  ]);
}
if (Module._initPaths === undefined) defineStatic('_initPaths', function _initPaths() {});
if (Module._preloadModules === undefined) {
  defineStatic('_preloadModules', function _preloadModules(requests) {
    if (!Array.isArray(requests)) return;
    const parent = new Module('internal/preload', null);
    for (const request of requests) parent.require(request);
  });
}
if (Module._findPath === undefined) {
  defineStatic('_findPath', function _findPath(request, paths) {
    for (const dir of paths || []) {
      try {
        return Module._resolveFilename(path.resolve(dir, request), null);
      } catch {
        // Not in this directory.
      }
    }
    return false;
  });
}
if (Module._resolveLookupPaths === undefined) {
  defineStatic('_resolveLookupPaths', function _resolveLookupPaths(request, parent) {
    if (Module.isBuiltin(request)) return null;
    if (request[0] !== '.' || (request.length > 1 && request[1] !== '.' && request[1] !== '/')) {
      return parent && parent.paths ? parent.paths.concat(Module.globalPaths) :
        Module.globalPaths.slice();
    }
    return [parent && parent.filename ? path.dirname(parent.filename) : '.'];
  });
}
// Node keeps these off the enumerable statics.
for (const name of ['wrap', 'wrapper', 'requireForImport']) {
  const desc = Object.getOwnPropertyDescriptor(Module, name);
  if (desc !== undefined && desc.configurable) {
    Object.defineProperty(Module, name, { ...desc, enumerable: false });
  }
}

module.exports = Module;
