// node:assert — the common assertions (Node's lib/assert.js behaviour): AssertionError with
// code ERR_ASSERTION, `actual`/`expected`/`operator`/`generatedMessage`, Node's messages for
// the simple cases. The multi-line diff Node prints for failed deep comparisons is reduced to
// both values inspected; `assert.ok` shows the failing call's source text as Node does.
'use strict';

const { inspect } = require('internal/util/inspect');
const { isDeepStrictEqual } = require('internal/util/comparisons');
const { codes } = require('internal/errors');

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const { message, actual, expected, operator, stackStartFn } = options;
    super(message !== undefined ? String(message) : defaultMessage(actual, expected, operator));
    this.generatedMessage = message === undefined;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    void stackStartFn;
  }

  get name() {
    return 'AssertionError';
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}

const show = (v) => inspect(v, { depth: 1000, compact: false, sorted: true, getters: true });

function defaultMessage(actual, expected, operator) {
  switch (operator) {
    case 'strictEqual':
      return `Expected values to be strictly equal:\n\n${inspect(actual)} !== ${inspect(expected)}\n`;
    case 'deepStrictEqual':
      return `Expected values to be strictly deep-equal:\n${show(actual)}\n\nshould equal\n\n${show(expected)}`;
    case 'deepEqual':
      return `Expected values to be loosely deep-equal:\n\n${show(actual)}\n\nshould loosely deep-equal\n\n${show(expected)}`;
    case 'notStrictEqual':
      return `Expected "actual" to be strictly unequal to: ${inspect(expected)}`;
    case 'notDeepStrictEqual':
      return `Expected "actual" not to be strictly deep-equal to: ${inspect(expected)}`;
    case 'fail':
      return 'Failed';
    default:
      return `${inspect(actual)} ${operator} ${inspect(expected)}`;
  }
}

function innerFail(obj) {
  if (obj.message instanceof Error) throw obj.message;
  throw new AssertionError(obj);
}

// The source text of the failing `assert(...)`/`assert.ok(...)` call, read from the caller's
// stack frame, for Node's "The expression evaluated to a falsy value" message.
function callSource(err) {
  const lines = String(err.stack || '').split('\n').filter((l) => l.trim().startsWith('at '));
  const frame = lines.find((l) => !l.includes('node:assert'));
  const m = frame && /\((.*):(\d+):(\d+)\)$|at (.*):(\d+):(\d+)$/.exec(frame.trim());
  if (!m) return undefined;
  const file = m[1] || m[4];
  const line = Number(m[2] || m[5]);
  try {
    const text = require('fs').readFileSync(file, 'utf8').split('\n')[line - 1];
    const start = text.search(/assert(\.ok)?\s*\(/);
    if (start === -1) return undefined;
    let depth = 0;
    for (let i = text.indexOf('(', start); i < text.length; i++) {
      if (text[i] === '(') depth++;
      else if (text[i] === ')' && --depth === 0) return text.slice(start, i + 1);
    }
  } catch {
    return undefined;
  }
  return undefined;
}

function innerOk(fn, argLen, value, message) {
  if (value) return;
  let generatedMessage = false;
  if (argLen === 0) {
    generatedMessage = true;
    message = 'No value argument passed to `assert.ok()`';
  } else if (message == null) {
    generatedMessage = true;
    const src = callSource(new Error());
    message = src ? `The expression evaluated to a falsy value:\n\n  ${src}\n` :
      `The expression evaluated to a falsy value:\n\n  assert.ok(${inspect(value)})\n`;
  } else if (message instanceof Error) {
    throw message;
  }
  const err = new AssertionError({ actual: value, expected: true, message, operator: '==', stackStartFn: fn });
  err.generatedMessage = generatedMessage;
  throw err;
}

function ok(...args) {
  innerOk(ok, args.length, ...args);
}

const assert = ok;
assert.ok = ok;
assert.AssertionError = AssertionError;

assert.fail = function fail(message) {
  if (message instanceof Error) throw message;
  innerFail({ message, operator: 'fail' });
};

assert.equal = function equal(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (actual !== actual && expected !== expected))) {
    innerFail({ actual, expected, message, operator: '==' });
  }
};
assert.notEqual = function notEqual(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    innerFail({ actual, expected, message, operator: '!=' });
  }
};
assert.strictEqual = function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'strictEqual' });
};
assert.notStrictEqual = function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) innerFail({ actual, expected, message, operator: 'notStrictEqual' });
};
assert.deepStrictEqual = function deepStrictEqual(actual, expected, message) {
  if (!isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepStrictEqual' });
};
assert.notDeepStrictEqual = function notDeepStrictEqual(actual, expected, message) {
  if (isDeepStrictEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepStrictEqual' });
};

function looseDeepEqual(a, b) {
  // eslint-disable-next-line eqeqeq
  if (a == b) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && looseDeepEqual(a[k], b[k]));
}
assert.deepEqual = function deepEqual(actual, expected, message) {
  if (!looseDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'deepEqual' });
};
assert.notDeepEqual = function notDeepEqual(actual, expected, message) {
  if (looseDeepEqual(actual, expected)) innerFail({ actual, expected, message, operator: 'notDeepEqual' });
};

function matches(err, expected) {
  if (expected === undefined) return true;
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && err instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return expected.call({}, err) === true;
  }
  if (expected instanceof RegExp) return expected.test(String(err));
  if (typeof expected === 'object' && expected !== null) {
    return Object.keys(expected).every((k) => {
      const want = expected[k];
      const got = err[k];
      return want instanceof RegExp && typeof got === 'string' ? want.test(got) : isDeepStrictEqual(got, want);
    });
  }
  return false;
}

function getActual(fn) {
  if (typeof fn !== 'function') throw new codes.ERR_INVALID_ARG_TYPE('fn', 'Function', fn);
  try {
    fn();
  } catch (e) {
    return { threw: true, error: e };
  }
  return { threw: false };
}

assert.throws = function throws(fn, expected, message) {
  if (typeof expected === 'string') {
    message = expected;
    expected = undefined;
  }
  const r = getActual(fn);
  if (!r.threw) {
    let msg = 'Missing expected exception';
    if (expected && expected.name) msg += ` (${expected.name})`;
    msg += message ? `: ${message}` : '.';
    // Node reports generatedMessage: false here although it built the message.
    const err = new AssertionError({ actual: undefined, expected, operator: 'throws', message: msg });
    throw err;
  }
  if (!matches(r.error, expected)) {
    if (typeof expected === 'function' && expected.prototype !== undefined) throw r.error;
    innerFail({ actual: r.error, expected, message, operator: 'throws' });
  }
};
assert.doesNotThrow = function doesNotThrow(fn, expected, message) {
  const r = getActual(fn);
  if (r.threw) {
    if (typeof expected === 'string') message = expected;
    const details = message ? `: ${message}` : '.';
    innerFail({
      actual: r.error, expected, operator: 'doesNotThrow',
      message: `Got unwanted exception${details}\nActual message: "${r.error && r.error.message}"`,
    });
  }
};

async function waitFor(promiseFn) {
  const p = typeof promiseFn === 'function' ? promiseFn() : promiseFn;
  try {
    await p;
  } catch (e) {
    return { threw: true, error: e };
  }
  return { threw: false };
}
assert.rejects = async function rejects(promiseFn, expected, message) {
  const r = await waitFor(promiseFn);
  if (!r.threw) {
    innerFail({ actual: undefined, expected, operator: 'rejects', message: message || 'Missing expected rejection.' });
  }
  if (!matches(r.error, expected)) {
    innerFail({ actual: r.error, expected, message, operator: 'rejects' });
  }
};
assert.doesNotReject = async function doesNotReject(promiseFn, expected, message) {
  const r = await waitFor(promiseFn);
  if (r.threw) {
    innerFail({
      actual: r.error, expected, operator: 'doesNotReject',
      message: `Got unwanted rejection.\nActual message: "${r.error && r.error.message}"`,
    });
  }
};
assert.ifError = function ifError(err) {
  if (err !== null && err !== undefined) {
    const message = `ifError got unwanted exception: ${typeof err === 'object' && typeof err.message === 'string' ? err.message : inspect(err)}`;
    innerFail({ actual: err, expected: null, operator: 'ifError', message });
  }
};
assert.match = function match(string, regexp, message) {
  if (!(regexp instanceof RegExp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string !== 'string' || !regexp.test(string)) {
    innerFail({
      actual: string, expected: regexp, operator: 'match',
      message: message || (typeof string !== 'string' ?
        `The "string" argument must be of type string. Received type ${typeof string} (${inspect(string)})` :
        `The input did not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`),
    });
  }
};
assert.doesNotMatch = function doesNotMatch(string, regexp, message) {
  if (!(regexp instanceof RegExp)) throw new codes.ERR_INVALID_ARG_TYPE('regexp', 'RegExp', regexp);
  if (typeof string === 'string' && regexp.test(string)) {
    innerFail({
      actual: string, expected: regexp, operator: 'doesNotMatch',
      message: message || `The input was expected to not match the regular expression ${inspect(regexp)}. Input:\n\n${inspect(string)}\n`,
    });
  }
};

const strict = function strict(...args) { innerOk(strict, args.length, ...args); };
Object.assign(strict, assert, {
  equal: assert.strictEqual,
  notEqual: assert.notStrictEqual,
  deepEqual: assert.deepStrictEqual,
  notDeepEqual: assert.notDeepStrictEqual,
});
strict.ok = strict;
strict.strict = strict;
assert.strict = strict;

module.exports = assert;
