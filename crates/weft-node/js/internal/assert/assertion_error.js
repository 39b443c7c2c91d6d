// AssertionError (mirrors Node 26's lib/internal/assert/assertion_error.js): `code`
// ERR_ASSERTION, `generatedMessage`, `actual`/`expected`/`operator`/`diff`, and the
// generated messages: `a !== b` for short primitives, a stacked `+ actual` / `- expected`
// pair (with a `^` under the first differing character) for longer ones, a line diff of
// both values inspected for objects (see myers_diff.js), and the one-value forms of the
// negated assertions.
'use strict';

const { inspect } = require('internal/util/inspect');
const colors = require('internal/util/colors');
const { codes, kIsNodeError } = require('internal/errors');
const { myersDiff, printMyersDiff, printSimpleMyersDiff } = require('internal/assert/myers_diff');

const kHeadlines = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  partialDeepStrictEqual: 'Expected values to be partially and strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

// Short single-line values are shown as `a !== b`.
const kShortLength = 12;
const kLongLength = 512;
// Operators whose message is a diff even when the caller gave a message.
const kDiffOperators = new Set(['deepStrictEqual', 'strictEqual', 'partialDeepStrictEqual']);

const isObjectLike = (v) => typeof v === 'object' && v !== null;

function isErrorValue(v) {
  return v instanceof Error;
}

// A stack-less copy of an error, so both sides print alike in the diff.
function copyError(source) {
  const copy = Object.assign(Object.create(Object.getPrototypeOf(source)), source);
  Object.defineProperty(copy, 'message', { value: source.message });
  if (Object.prototype.hasOwnProperty.call(source, 'cause')) {
    const cause = isErrorValue(source.cause) ? copyError(source.cause) : source.cause;
    Object.defineProperty(copy, 'cause', { value: cause });
  }
  return copy;
}

// Fixed options: the message must not depend on inspect.defaultOptions.
function inspectValue(value) {
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

function stackedDiff(actual, expected) {
  let message = `\n${colors.green}+${colors.white} ${actual}\n${colors.red}- ${colors.white}${expected}`;
  const width = process.stderr && process.stderr.isTTY ? process.stderr.columns : 80;
  if (actual.length + expected.length <= width) {
    // The caret marks the first difference, unless it is within the first three characters.
    let at = 0;
    while (at < actual.length && actual[at] === expected[at]) at++;
    if (at < actual.length && at >= 3) message += `\n${' '.repeat(at + 2)}^`;
  }
  return { message };
}

function simpleDiff(actualValue, actual, expectedValue, expected) {
  let length = actual.length + expected.length;
  if (typeof actualValue === 'string') length -= 2;
  if (typeof expectedValue === 'string') length -= 2;
  if (length <= kShortLength && (actualValue !== 0 || expectedValue !== 0)) {
    return { message: `${actual} !== ${expected}`, header: '' };
  }
  if (typeof actualValue === 'string' && typeof expectedValue === 'string' && colors.hasColors) {
    const diff = myersDiff(actual.split(''), expected.split(''));
    return {
      message: printSimpleMyersDiff(diff),
      header: `${colors.green}actual${colors.white} ${colors.red}expected${colors.white}`,
    };
  }
  return stackedDiff(actual, expected);
}

function diffMessage(actual, expected, operator, customMessage, diffMode) {
  if (operator === 'strictEqual' &&
      ((isObjectLike(actual) && isObjectLike(expected)) ||
       (typeof actual === 'function' && typeof expected === 'function'))) {
    operator = 'strictEqualObject';
  }
  const inspectedActual = inspectValue(actual);
  const inspectedExpected = inspectValue(expected);
  const actualLines = inspectedActual.split('\n');
  const expectedLines = inspectedExpected.split('\n');
  let header = `${colors.green}+ actual${colors.white} ${colors.red}- expected${colors.white}`;
  let skipped = false;
  let body;

  if (actualLines.length === 1 && expectedLines.length === 1 &&
      (!isObjectLike(actual) || !isObjectLike(expected))) {
    const simple = simpleDiff(actual, actualLines[0], expected, expectedLines[0]);
    body = simple.message;
    if (simple.header !== undefined) header = simple.header;
  } else if (inspectedActual === inspectedExpected) {
    operator = 'notIdentical';
    header = '';
    if (actualLines.length > 50 && diffMode !== 'full') {
      body = `${actualLines.slice(0, 50).join('\n')}\n...}`;
      skipped = true;
    } else {
      body = inspectedActual;
    }
  } else {
    const diff = myersDiff(actualLines, expectedLines, isObjectLike(actual));
    const printed = printMyersDiff(diff, operator);
    body = printed.message;
    skipped = printed.skipped;
    if (operator === 'partialDeepStrictEqual') {
      header = `${colors.gray}${colors.hasColors ? '' : '+ '}actual${colors.white} ` +
        `${colors.red}- expected${colors.white}`;
    }
  }
  const headline = customMessage || kHeadlines[operator];
  return `${headline}\n${header}${skipped ? '\n... Skipped lines' : ''}\n${body}\n`;
}

// The message of a failed negated assertion: the one value both sides share.
function unequalMessage(actual, operator, diffMode) {
  let headline = kHeadlines[operator];
  if (operator === 'notStrictEqual' && (isObjectLike(actual) || typeof actual === 'function')) {
    headline = kHeadlines.notStrictEqualObject;
  }
  const lines = inspectValue(actual).split('\n');
  if (lines.length > 50 && diffMode !== 'full') {
    lines.length = 47;
    lines[46] = `${colors.blue}...${colors.white}`;
  }
  if (lines.length === 1) return `${headline}${lines[0].length > 5 ? '\n\n' : ' '}${lines[0]}`;
  return `${headline}\n\n${lines.join('\n')}\n`;
}

function otherMessage(actual, expected, operator, diffMode) {
  let a = inspectValue(actual);
  let b = inspectValue(expected);
  const headline = kHeadlines[operator];
  if (operator === 'notDeepEqual' && a === b) {
    let message = `${headline}\n\n${a}`;
    if (message.length > 1024 && diffMode !== 'full') message = `${message.slice(0, 1021)}...`;
    return message;
  }
  if (diffMode !== 'full') {
    if (a.length > kLongLength) a = `${a.slice(0, 509)}...`;
    if (b.length > kLongLength) b = `${b.slice(0, 509)}...`;
  }
  if (operator === 'deepEqual') {
    return `${headline}\n\n${a}\n\nshould loosely deep-equal\n\n${b}`;
  }
  const unequal = kHeadlines[`${operator}Unequal`];
  if (unequal) return `${unequal}\n\n${a}\n\nshould not loosely deep-equal\n\n${b}`;
  return `${a} ${operator} ${b}`;
}

// At most ten lines or 512 characters of a long string property, for inspect.
function shorten(string) {
  const lines = string.split('\n', 11);
  if (lines.length > 10) return `${lines.slice(0, 10).join('\n')}\n...`;
  if (string.length > kLongLength) return `${string.slice(kLongLength)}...`;
  return string;
}

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const {
      message, operator, stackStartFn, stackStartFunction, details, diff = 'simple',
    } = options;
    let { actual, expected } = options;

    let text;
    if (message != null) {
      text = kDiffOperators.has(operator) ?
        diffMessage(actual, expected, operator, message, diff) : String(message);
    } else {
      colors.refresh();
      if (isObjectLike(actual) && isObjectLike(expected) &&
          'stack' in actual && isErrorValue(actual) &&
          'stack' in expected && isErrorValue(expected)) {
        actual = copyError(actual);
        expected = copyError(expected);
      }
      if (kDiffOperators.has(operator)) {
        text = diffMessage(actual, expected, operator, undefined, diff);
      } else if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
        text = unequalMessage(actual, operator, diff);
      } else {
        text = otherMessage(actual, expected, operator, diff);
      }
    }
    super(text);
    // The stack starts at the assertion's caller.
    const startFn = stackStartFn || stackStartFunction;
    if (typeof startFn === 'function' && typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, startFn);
    }

    this.generatedMessage = !message;
    Object.defineProperty(this, 'name', {
      value: 'AssertionError', enumerable: false, writable: true, configurable: true,
    });
    this.code = 'ERR_ASSERTION';
    if (details) {
      this.actual = undefined;
      this.expected = undefined;
      this.operator = undefined;
      for (let i = 0; i < details.length; i++) {
        this[`message ${i}`] = details[i].message;
        this[`actual ${i}`] = details[i].actual;
        this[`expected ${i}`] = details[i].expected;
        this[`operator ${i}`] = details[i].operator;
        this[`stack trace ${i}`] = details[i].stack;
      }
    } else {
      this.actual = actual;
      this.expected = expected;
      this.operator = operator;
    }
    this.diff = diff;
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }

  [inspect.custom](recurseTimes, ctx) {
    const savedActual = this.actual;
    const savedExpected = this.expected;
    if (typeof this.actual === 'string') this.actual = shorten(this.actual);
    if (typeof this.expected === 'string') this.expected = shorten(this.expected);
    // actual/expected at depth 0: the message already shows them in full.
    const result = inspect(this, { ...ctx, customInspect: false, depth: 0 });
    this.actual = savedActual;
    this.expected = savedExpected;
    return result;
  }
}

// The engine's stack holds only frames; inspect and the fatal path print Node's
// `AssertionError [ERR_ASSERTION]: message` header in front of them.
Object.defineProperty(AssertionError.prototype, kIsNodeError, { value: true });

module.exports = AssertionError;
