// node:vm (Node's lib/vm.js), the parts weft can give on one QuickJS context:
// `runInThisContext` and `Script#runInThisContext` run global code with a file name,
// `compileFunction` compiles a function body with parameters. Contexts are emulated, not
// isolated: `createContext` marks the object, and code "in" it runs inside a `with` scope over
// a proxy that resolves names to the object first, then to the ECMAScript built-ins only (so
// Node's globals are not visible), and that catches assignments to new names. The built-ins
// are the main context's own (no separate realm).
'use strict';

const binding = internalBinding('vm');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_METHOD_NOT_IMPLEMENTED },
} = require('internal/errors');
const {
  validateArray,
  validateObject,
  validateString,
  validateStringArray,
  kValidateObjectAllowObjects,
} = require('internal/validators');

const kDefaultFilename = 'evalmachine.<anonymous>';

const constants = {
  __proto__: null,
  USE_MAIN_CONTEXT_DEFAULT_LOADER: Symbol('vm_dynamic_import_main_context_default'),
  DONT_CONTEXTIFY: Symbol('vm_context_no_contextify'),
};
Object.freeze(constants);

// ECMAScript's own globals: the names an emulated context sees besides its object's.
const kBuiltins = new Set([
  'Object', 'Function', 'Array', 'Number', 'parseFloat', 'parseInt', 'Infinity', 'NaN',
  'undefined', 'Boolean', 'String', 'Symbol', 'Date', 'Promise', 'RegExp', 'Error',
  'AggregateError', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError',
  'URIError', 'JSON', 'Math', 'Intl', 'ArrayBuffer', 'SharedArrayBuffer', 'Atomics',
  'Uint8Array', 'Int8Array', 'Uint16Array', 'Int16Array', 'Uint32Array', 'Int32Array',
  'Float16Array', 'Float32Array', 'Float64Array', 'Uint8ClampedArray', 'BigUint64Array',
  'BigInt64Array', 'DataView', 'Map', 'BigInt', 'Set', 'WeakMap', 'WeakSet', 'Proxy', 'Reflect',
  'FinalizationRegistry', 'WeakRef', 'Iterator', 'decodeURI', 'decodeURIComponent', 'encodeURI',
  'encodeURIComponent', 'escape', 'unescape', 'eval', 'isFinite', 'isNaN',
]);

// The runner function's own names all start with this; the scope proxy never captures them.
const kPrefix = '__weftVm';

// contextified object -> the scope proxy code in that context runs under.
const contexts = new WeakMap();

function makeScope(sandbox) {
  return new Proxy(sandbox, {
    has(target, key) {
      return typeof key === 'string' && !key.startsWith(kPrefix);
    },
    get(target, key) {
      if (key === Symbol.unscopables) return undefined;
      if (key in target) return target[key];
      if (key === 'globalThis') return target;
      if (key === 'console') return silentConsole();
      if (typeof key === 'string' && kBuiltins.has(key)) return globalThis[key];
      return undefined;
    },
    set(target, key, value) {
      target[key] = value;
      return true;
    },
  });
}

// A fresh V8 context has a console whose methods print nothing (they go to the inspector).
let quietConsole;
function silentConsole() {
  if (quietConsole === undefined) {
    quietConsole = {};
    for (const name of ['debug', 'error', 'info', 'log', 'warn', 'dir', 'dirxml', 'table', 'trace',
      'group', 'groupCollapsed', 'groupEnd', 'clear', 'count', 'countReset', 'assert', 'profile',
      'profileEnd', 'time', 'timeLog', 'timeEnd', 'timeStamp', 'context']) {
      quietConsole[name] = function() {};
    }
  }
  return quietConsole;
}

// Names that may be top-level function declarations (checked after the run).
const kFunctionDecl = /(?:^|[;}\n])\s*(?:async\s+)?function\s*\*?\s*([A-Za-z_$][\w$]*)/g;

let runner;
function runInScope(code, sandbox, filename) {
  // A sloppy function whose direct eval runs the code under the scope proxy. Function
  // declarations of that code land in the runner's own scope; the ones found there are copied
  // onto the context object afterwards, as a real context would hold them.
  runner ??= binding.compileFunction(
    `let ${kPrefix}R;
with (${kPrefix}S) { ${kPrefix}R = eval(${kPrefix}C); }
for (const ${kPrefix}N of ${kPrefix}Names) {
  try {
    const ${kPrefix}V = eval(${kPrefix}N);
    if (typeof ${kPrefix}V === 'function' && ${kPrefix}V !== globalThis[${kPrefix}N]) {
      ${kPrefix}Target[${kPrefix}N] = ${kPrefix}V;
    }
  } catch {}
}
return ${kPrefix}R;`,
    [`${kPrefix}S`, `${kPrefix}C`, `${kPrefix}Names`, `${kPrefix}Target`], 'node:vm');
  const names = [];
  for (const m of code.matchAll(kFunctionDecl)) if (!m[1].startsWith(kPrefix)) names.push(m[1]);
  return Reflect.apply(runner, sandbox, [contexts.get(sandbox), code, names, sandbox]);
}

function isContext(object) {
  validateObject(object, 'object', kValidateObjectAllowObjects);
  return contexts.has(object);
}

function createContext(contextObject = {}, options = {}) {
  if (contextObject === constants.DONT_CONTEXTIFY) contextObject = {};
  if (contextObject !== null && typeof contextObject === 'object' && contexts.has(contextObject)) {
    return contextObject;
  }
  validateObject(contextObject, 'contextObject', kValidateObjectAllowObjects);
  validateObject(options, 'options');
  contexts.set(contextObject, makeScope(contextObject));
  return contextObject;
}

function filenameOf(options) {
  if (typeof options === 'string') return options;
  if (options === undefined || options === null) return kDefaultFilename;
  validateObject(options, 'options');
  const { filename = kDefaultFilename } = options;
  validateString(filename, 'options.filename');
  return filename;
}

class Script {
  #code;
  #filename;

  constructor(code = '', options = {}) {
    code = `${code}`;
    if (typeof options === 'string') options = { filename: options };
    else validateObject(options, 'options');
    const { filename = kDefaultFilename, cachedData } = options;
    validateString(filename, 'options.filename');
    // Syntax errors are reported when the script is made, as V8 compiles it then.
    binding.compileCheck(code, filename);
    this.#code = code;
    this.#filename = filename;
    this.sourceURL = undefined;
    this.sourceMapURL = undefined;
    // weft keeps no code cache, so any cache it is given is rejected.
    if (cachedData !== undefined) this.cachedDataRejected = true;
  }

  runInThisContext(options) {
    if (options !== undefined && options !== null) validateObject(options, 'options');
    return binding.runInThisContext(this.#code, this.#filename);
  }

  runInContext(contextifiedObject, options) {
    if (contextifiedObject === null || typeof contextifiedObject !== 'object' ||
        !contexts.has(contextifiedObject)) {
      throw new ERR_INVALID_ARG_TYPE('contextifiedObject', 'vm.Context', contextifiedObject);
    }
    if (options !== undefined && options !== null) validateObject(options, 'options');
    return runInScope(this.#code, contextifiedObject, this.#filename);
  }

  runInNewContext(contextObject, options) {
    const context = createContext(contextObject, getContextOptions(options));
    return this.runInContext(context, options);
  }

  createCachedData() {
    if (typeof globalThis.Buffer === 'function') return globalThis.Buffer.alloc(0);
    throw new ERR_METHOD_NOT_IMPLEMENTED('createCachedData()');
  }
}

function getContextOptions(options) {
  if (options === undefined || options === null || typeof options !== 'object') return {};
  const out = {};
  for (const key of ['name', 'origin', 'codeGeneration', 'microtaskMode']) {
    if (options[`context${key[0].toUpperCase()}${key.slice(1)}`] !== undefined) {
      out[key] = options[`context${key[0].toUpperCase()}${key.slice(1)}`];
    }
  }
  return out;
}

function createScript(code, options) {
  return new Script(code, options);
}

function runInThisContext(code, options) {
  return createScript(code, options).runInThisContext(options);
}

function runInContext(code, contextifiedObject, options) {
  return createScript(code, options).runInContext(contextifiedObject, options);
}

function runInNewContext(code, contextObject, options) {
  return createScript(code, options).runInNewContext(contextObject, options);
}

function compileFunction(code, params, options = {}) {
  validateString(code, 'code');
  if (params !== undefined) validateStringArray(params, 'params');
  else params = [];
  validateObject(options, 'options');
  const { filename = '', contextExtensions = [], parsingContext } = options;
  validateString(filename, 'options.filename');
  validateArray(contextExtensions, 'options.contextExtensions');
  if (parsingContext !== undefined &&
      (parsingContext === null || typeof parsingContext !== 'object' ||
        !contexts.has(parsingContext))) {
    throw new ERR_INVALID_ARG_TYPE('options.parsingContext', 'Context', parsingContext);
  }
  return binding.compileFunction(code, params, filename);
}

function measureMemory(options = {}) {
  validateObject(options, 'options');
  const { heapUsed } = process.memoryUsage();
  return Promise.resolve({
    total: { jsMemoryEstimate: heapUsed, jsMemoryRange: [heapUsed, heapUsed] },
  });
}

module.exports = {
  Script,
  createContext,
  createScript,
  runInContext,
  runInNewContext,
  runInThisContext,
  isContext,
  compileFunction,
  measureMemory,
  constants,
};
