// node:assert (mirrors Node 26's lib/assert.js): ok/equal/strictEqual/deepEqual/
// deepStrictEqual and negations, partialDeepStrictEqual, throws/doesNotThrow/rejects/
// doesNotReject with every validation form (class, RegExp, validation object or Error,
// validation function), match/doesNotMatch, fail, ifError, the `Assert` class with its
// `strict`/`diff`/`skipPrototype` options, and `assert.strict`. Messages and diffs come
// from internal/assert/assertion_error.js; failure messages accept Node's forms (string
// with format arguments, Error, function of actual and expected).
'use strict';

const AssertionError = require('internal/assert/assertion_error');
const { innerOk, innerFail, isError } = require('internal/assert/utils');
const { inspect } = require('internal/util/inspect');
const { isDeepEqual, isDeepStrictEqual } = require('internal/util/comparisons');
const types = require('internal/util/types');
const { codes } = require('internal/errors');
const { validateFunction, validateOneOf } = require('internal/validators');

const NO_EXCEPTION = {};

function requireTwo(count) {
  if (count < 2) throw new codes.ERR_MISSING_ARGS('actual', 'expected');
}

// ---------------------------------------------------------------------------
// partialDeepStrictEqual: `expected` is a subset of `actual`.

function partialViews(actual, expected) {
  const bytes = (v) => (ArrayBuffer.isView(v) ?
    new Uint8Array(v.buffer, v.byteOffset, v.byteLength) : new Uint8Array(v));
  if (!ArrayBuffer.isView(actual)) {
    if (ArrayBuffer.isView(expected) ||
        types.isSharedArrayBuffer(actual) !== types.isSharedArrayBuffer(expected)) return false;
  } else if (types.isDataView(actual) !== types.isDataView(expected)) {
    return false;
  } else if (!types.isDataView(actual) &&
             Object.prototype.toString.call(actual) !== Object.prototype.toString.call(expected)) {
    return false;
  }
  if (!ArrayBuffer.isView(actual) || types.isDataView(actual)) {
    const a = bytes(actual);
    const e = bytes(expected);
    if (e.length > a.length) return false;
    for (let i = 0; i < e.length; i++) if (a[i] !== e[i]) return false;
    return true;
  }
  if (expected.length > actual.length) return false;
  for (let i = 0; i < expected.length; i++) if (!Object.is(actual[i], expected[i])) return false;
  return true;
}

function partialSets(actual, expected) {
  if (expected.size > actual.size) return false;
  const pool = [...actual];
  const used = new Set();
  outer: for (const item of expected) {
    for (let i = 0; i < pool.length; i++) {
      if (!used.has(i) && isDeepStrictEqual(pool[i], item)) {
        used.add(i);
        continue outer;
      }
    }
    return false;
  }
  return true;
}

function partialArrays(actual, expected) {
  if (expected.length > actual.length) return false;
  // Every expected element must be matched by a distinct actual element.
  const wanted = [];
  for (const item of expected) {
    const entry = wanted.find((w) => isDeepStrictEqual(w.value, item));
    if (entry) entry.count++;
    else wanted.push({ value: item, count: 1 });
  }
  for (const item of actual) {
    const i = wanted.findIndex((w) => isDeepStrictEqual(w.value, item));
    if (i !== -1 && --wanted[i].count === 0) wanted.splice(i, 1);
  }
  return wanted.length === 0;
}

function partialEqual(actual, expected, seen) {
  if (types.isMap(actual) && types.isMap(expected)) {
    if (actual.size !== expected.size) return false;
    seen ??= new WeakSet();
    for (const [key, value] of actual) {
      if (!expected.has(key) || !partialEqual(value, expected.get(key), seen)) return false;
    }
    return true;
  }
  if (ArrayBuffer.isView(actual) || types.isAnyArrayBuffer(actual) ||
      ArrayBuffer.isView(expected) || types.isAnyArrayBuffer(expected)) {
    return partialViews(actual, expected);
  }
  for (const check of [types.isWeakSet, types.isWeakMap, types.isSharedArrayBuffer]) {
    if (check(actual) || check(expected)) return isDeepStrictEqual(actual, expected);
  }
  if (types.isSet(actual) && types.isSet(expected)) return partialSets(actual, expected);
  if (Array.isArray(actual) && Array.isArray(expected)) return partialArrays(actual, expected);
  const special = (v) => v == null || typeof v !== 'object' || isError(v) ||
    types.isRegExp(v) || types.isDate(v);
  if (special(actual) || special(expected)) return isDeepStrictEqual(actual, expected);
  seen ??= new WeakSet();
  if (seen.has(actual)) return true;
  seen.add(actual);
  for (const key of Reflect.ownKeys(expected)) {
    if (!Reflect.has(actual, key)) return false;
    if (!partialEqual(actual[key], expected[key], seen)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------
// throws / rejects validation.

// The properties of a thrown value shown in a failed object validation.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (!(key in source)) continue;
      if (actual !== undefined && typeof actual[key] === 'string' &&
          types.isRegExp(source[key]) && source[key].exec(actual[key]) !== null) {
        this[key] = actual[key];
      } else {
        this[key] = source[key];
      }
    }
  }
}

function compareErrorKey(actual, expected, key, message, keys, fn) {
  if (key in actual && isDeepStrictEqual(actual[key], expected[key])) return;
  if (!message) {
    const err = new AssertionError({
      actual: new Comparison(actual, keys),
      expected: new Comparison(expected, keys, actual),
      operator: 'deepStrictEqual',
      stackStartFn: fn,
    });
    err.actual = actual;
    err.expected = expected;
    err.operator = fn.name;
    throw err;
  }
  innerFail({ actual, expected, message: [message], operator: fn.name, stackStartFn: fn });
}

function validateThrown(actual, expected, message, fn) {
  let generated = false;
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) {
      const text = String(actual);
      if (expected.exec(text) !== null) return;
      if (!message) {
        generated = true;
        message = 'The input did not match the regular expression ' +
          `${inspect(expected)}. Input:\n\n${inspect(text)}\n`;
      }
    } else if (typeof actual !== 'object' || actual === null) {
      const err = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual', stackStartFn: fn,
      });
      err.operator = fn.name;
      throw err;
    } else {
      const keys = Object.keys(expected);
      if (expected instanceof Error) {
        keys.push('name', 'message');
      } else if (keys.length === 0) {
        throw new codes.ERR_INVALID_ARG_VALUE('error', expected, 'may not be an empty object');
      }
      for (const key of keys) {
        if (typeof actual[key] === 'string' && types.isRegExp(expected[key]) &&
            expected[key].exec(actual[key]) !== null) {
          continue;
        }
        compareErrorKey(actual, expected, key, message, keys, fn);
      }
      return;
    }
  } else if (expected.prototype !== undefined && actual instanceof expected) {
    return;
  } else if (Error.isPrototypeOf(expected)) {
    if (!message) {
      generated = true;
      message = `The error is expected to be an instance of "${expected.name}". Received `;
      if (isError(actual)) {
        const name = (actual.constructor && actual.constructor.name) || actual.name;
        message += expected.name === name ?
          'an error with identical name but a different prototype.' : `"${name}"`;
        if (actual.message) message += `\n\nError message:\n\n${actual.message}`;
      } else {
        message += `"${inspect(actual, { depth: -1 })}"`;
      }
    }
  } else {
    const result = Reflect.apply(expected, {}, [actual]);
    if (result === true) return;
    if (!message) {
      generated = true;
      const name = expected.name ? `"${expected.name}" ` : '';
      message = `The ${name}validation function is expected to return "true". ` +
        `Received ${inspect(result)}`;
      if (isError(actual)) message += `\n\nCaught error:\n\n${actual}`;
    }
  }
  const err = new AssertionError({ actual, expected, message, operator: fn.name, stackStartFn: fn });
  err.generatedMessage = generated;
  throw err;
}

function runForThrow(fn) {
  validateFunction(fn, 'fn');
  try {
    fn();
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function isPromiseLike(value) {
  return types.isPromise(value) ||
    (value !== null && typeof value === 'object' &&
     typeof value.then === 'function' && typeof value.catch === 'function');
}

async function runForRejection(promiseFn) {
  let promise;
  if (typeof promiseFn === 'function') {
    promise = promiseFn();
    if (!isPromiseLike(promise)) {
      throw new codes.ERR_INVALID_RETURN_VALUE('instance of Promise', 'promiseFn', promise);
    }
  } else if (isPromiseLike(promiseFn)) {
    promise = promiseFn;
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('promiseFn', ['Function', 'Promise'], promiseFn);
  }
  try {
    await promise;
  } catch (e) {
    return e;
  }
  return NO_EXCEPTION;
}

function expectError(fn, kind, actual, error, message, argCount) {
  if (typeof error === 'string') {
    if (argCount === 4) {
      throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
    }
    if (typeof actual === 'object' && actual !== null) {
      if (actual.message === error) {
        throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
          `The error message "${actual.message}" is identical to the message.`);
      }
    } else if (actual === error) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('error/message',
        `The error "${actual}" is identical to the message.`);
    }
    message = error;
    error = undefined;
  } else if (error != null && typeof error !== 'object' && typeof error !== 'function') {
    throw new codes.ERR_INVALID_ARG_TYPE('error', ['Object', 'Error', 'Function', 'RegExp'], error);
  }
  if (actual === NO_EXCEPTION) {
    let details = error && error.name ? ` (${error.name})` : '';
    details += message ? `: ${message}` : '.';
    innerFail({
      actual: undefined,
      expected: error,
      operator: fn.name,
      message: [`Missing expected ${kind}${details}`],
      stackStartFn: fn,
    });
  }
  if (error) validateThrown(actual, error, message, fn);
}

function matchesError(actual, expected) {
  if (typeof expected !== 'function') {
    if (types.isRegExp(expected)) return expected.exec(String(actual)) !== null;
    throw new codes.ERR_INVALID_ARG_TYPE('expected', ['Function', 'RegExp'], expected);
  }
  if (expected.prototype !== undefined && actual instanceof expected) return true;
  if (Error.isPrototypeOf(expected)) return false;
  return Reflect.apply(expected, {}, [actual]) === true;
}

function expectNoError(fn, kind, actual, error, message) {
  if (actual === NO_EXCEPTION) return;
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  if (!error || matchesError(actual, error)) {
    const details = message ? `: ${message}` : '.';
    innerFail({
      actual,
      expected: error,
      operator: fn.name,
      message: [`Got unwanted ${kind}${details}\nActual message: "${actual && actual.message}"`],
      stackStartFn: fn,
    });
  }
  throw actual;
}

function internalMatch(string, regexp, message, fn, wantMatch) {
  if (!types.isRegExp(regexp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' && (regexp.exec(string) !== null) === wantMatch) return;
  if (message.length === 0 || !message[0]) {
    const text = typeof string !== 'string' ?
      'The "string" argument must be of type string. Received type ' +
        `${typeof string} (${inspect(string)})` :
      `${wantMatch ? 'The input did not match the regular expression ' :
        'The input was expected to not match the regular expression '}` +
        `${inspect(regexp)}. Input:\n\n${inspect(string)}\n`;
    innerFail({
      actual: string, expected: regexp, message: [text], operator: fn.name,
      stackStartFn: fn, generatedMessage: true,
    });
  }
  innerFail({ actual: string, expected: regexp, message, operator: fn.name, stackStartFn: fn });
}

// ---------------------------------------------------------------------------
// The assertion functions, for given options.

function makeAssertions(options) {
  const diff = options.diff;
  const skipPrototype = options.skipPrototype;
  const strictDeep = (a, b) => isDeepStrictEqual(a, b, skipPrototype ? { skipPrototype } : undefined);
  const fail = (obj) => innerFail({ ...obj, diff });

  const api = {};
  api.ok = function ok(...args) {
    innerOk(ok, args.length, ...args);
  };
  api.fail = function fail(message) {
    if (isError(message)) throw message;
    let generated = false;
    if (message === undefined) {
      message = 'Failed';
      generated = true;
    }
    const err = new AssertionError({ operator: 'fail', stackStartFn: fail, message, diff });
    if (generated) err.generatedMessage = true;
    throw err;
  };
  api.equal = function equal(actual, expected, ...message) {
    requireTwo(arguments.length);
    // eslint-disable-next-line eqeqeq
    if (actual != expected && (!Number.isNaN(actual) || !Number.isNaN(expected))) {
      fail({ actual, expected, message, operator: '==', stackStartFn: equal });
    }
  };
  api.notEqual = function notEqual(actual, expected, ...message) {
    requireTwo(arguments.length);
    // eslint-disable-next-line eqeqeq
    if (actual == expected || (Number.isNaN(actual) && Number.isNaN(expected))) {
      fail({ actual, expected, message, operator: '!=', stackStartFn: notEqual });
    }
  };
  api.deepEqual = function deepEqual(actual, expected, ...message) {
    requireTwo(arguments.length);
    if (!isDeepEqual(actual, expected)) {
      fail({ actual, expected, message, operator: 'deepEqual', stackStartFn: deepEqual });
    }
  };
  api.notDeepEqual = function notDeepEqual(actual, expected, ...message) {
    requireTwo(arguments.length);
    if (isDeepEqual(actual, expected)) {
      fail({ actual, expected, message, operator: 'notDeepEqual', stackStartFn: notDeepEqual });
    }
  };
  api.deepStrictEqual = function deepStrictEqual(actual, expected, ...message) {
    requireTwo(arguments.length);
    if (!strictDeep(actual, expected)) {
      fail({ actual, expected, message, operator: 'deepStrictEqual', stackStartFn: deepStrictEqual });
    }
  };
  api.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, ...message) {
    requireTwo(arguments.length);
    if (strictDeep(actual, expected)) {
      fail({ actual, expected, message, operator: 'notDeepStrictEqual', stackStartFn: notDeepStrictEqual });
    }
  };
  api.strictEqual = function strictEqual(actual, expected, ...message) {
    requireTwo(arguments.length);
    if (!Object.is(actual, expected)) {
      fail({ actual, expected, message, operator: 'strictEqual', stackStartFn: strictEqual });
    }
  };
  api.notStrictEqual = function notStrictEqual(actual, expected, ...message) {
    requireTwo(arguments.length);
    if (Object.is(actual, expected)) {
      fail({ actual, expected, message, operator: 'notStrictEqual', stackStartFn: notStrictEqual });
    }
  };
  api.partialDeepStrictEqual = function partialDeepStrictEqual(actual, expected, ...message) {
    requireTwo(arguments.length);
    if (!partialEqual(actual, expected)) {
      fail({
        actual, expected, message, operator: 'partialDeepStrictEqual',
        stackStartFn: partialDeepStrictEqual,
      });
    }
  };
  api.match = function match(string, regexp, ...message) {
    internalMatch(string, regexp, message, match, true);
  };
  api.doesNotMatch = function doesNotMatch(string, regexp, ...message) {
    internalMatch(string, regexp, message, doesNotMatch, false);
  };
  api.throws = function throws(fn, ...args) {
    expectError(throws, 'exception', runForThrow(fn), args[0], args[1], args.length + 2);
  };
  api.rejects = async function rejects(promiseFn, ...args) {
    expectError(rejects, 'rejection', await runForRejection(promiseFn), args[0], args[1],
      args.length + 2);
  };
  api.doesNotThrow = function doesNotThrow(fn, ...args) {
    expectNoError(doesNotThrow, 'exception', runForThrow(fn), ...args);
  };
  api.doesNotReject = async function doesNotReject(fn, ...args) {
    expectNoError(doesNotReject, 'rejection', await runForRejection(fn), ...args);
  };
  api.ifError = function ifError(err) {
    if (err === null || err === undefined) return;
    let message = 'ifError got unwanted exception: ';
    if (typeof err === 'object' && typeof err.message === 'string') {
      message += err.message.length === 0 && err.constructor ? err.constructor.name : err.message;
    } else {
      message += inspect(err);
    }
    throw new AssertionError({
      actual: err, expected: null, operator: 'ifError', message, stackStartFn: ifError, diff,
    });
  };
  return api;
}

const kMethodOrder = [
  'fail', 'ok', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'throws',
  'rejects', 'doesNotThrow', 'doesNotReject', 'ifError', 'match', 'doesNotMatch',
];

const defaults = makeAssertions({ diff: 'simple', skipPrototype: false });

// Assertions with their own options; strict by default (equal means strictEqual).
function Assert(options = {}) {
  if (!new.target) {
    const err = new TypeError('Class constructor Assert cannot be invoked without `new`');
    err.code = 'ERR_CONSTRUCT_CALL_REQUIRED';
    throw err;
  }
  if (options !== null && typeof options === 'object') {
    if (options.diff !== undefined) validateOneOf(options.diff, 'options.diff', ['simple', 'full']);
  } else {
    options = {};
  }
  const { diff = 'simple', strict = true, skipPrototype = false } = options;
  const own = makeAssertions({ diff, skipPrototype });
  // Methods live on the prototype; an instance with other options gets its own copies.
  if (diff !== 'simple' || skipPrototype) {
    for (const name of kMethodOrder) {
      Object.defineProperty(this, name, {
        value: own[name], writable: true, configurable: true, enumerable: false,
      });
    }
  }
  this.AssertionError = AssertionError;
  if (strict) {
    this.equal = own.strictEqual;
    this.deepEqual = own.deepStrictEqual;
    this.notEqual = own.notStrictEqual;
    this.notDeepEqual = own.notDeepStrictEqual;
  }
}
for (const name of kMethodOrder) {
  Object.defineProperty(Assert.prototype, name, {
    value: defaults[name], writable: true, configurable: true, enumerable: false,
  });
}

const assert = defaults.ok;
module.exports = assert;

assert.AssertionError = AssertionError;
assert.ok = defaults.ok;
for (const name of [
  'fail', 'equal', 'notEqual', 'deepEqual', 'notDeepEqual', 'deepStrictEqual',
  'notDeepStrictEqual', 'strictEqual', 'notStrictEqual', 'partialDeepStrictEqual', 'match',
  'doesNotMatch', 'throws', 'rejects', 'doesNotThrow', 'doesNotReject', 'ifError',
]) {
  assert[name] = defaults[name];
}

function strict(...args) {
  innerOk(strict, args.length, ...args);
}
assert.strict = Object.assign(strict, assert, {
  equal: assert.strictEqual,
  deepEqual: assert.deepStrictEqual,
  notEqual: assert.notStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
assert.Assert = Assert;
strict.Assert = Assert;
strict.strict = strict;
