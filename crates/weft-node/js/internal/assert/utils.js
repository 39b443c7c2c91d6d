// Shared failure paths of node:assert (mirrors Node 26's lib/internal/assert/utils.js):
// the message arguments of an assertion (`string` with printf-style arguments, an Error to
// throw as is, or a function of (actual, expected) returning the message), and assert.ok's
// generated message quoting the failing call's source text.
'use strict';

const AssertionError = require('internal/assert/assertion_error');
const { codes } = require('internal/errors');
const { format } = require('internal/util/inspect');

function isError(value) {
  return value instanceof Error;
}

// Throws the AssertionError for `obj` (actual, expected, operator, message tuple, ...).
function innerFail(obj) {
  const args = obj.message;
  if (args.length === 0) {
    obj.message = undefined;
  } else if (typeof args[0] === 'string') {
    obj.message = args.length > 1 ? format(...args) : args[0];
  } else if (isError(args[0])) {
    if (args.length > 1) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('message',
        `The error message was passed as error object "${Error.prototype.toString.call(args[0])}" ` +
        'has trailing arguments that would be ignored.');
    }
    throw args[0];
  } else if (typeof args[0] === 'function') {
    if (args.length > 1) {
      throw new codes.ERR_AMBIGUOUS_ARGUMENT('message',
        `The error message with function "${args[0].name || 'anonymous'}" ` +
        'has trailing arguments that would be ignored.');
    }
    try {
      obj.message = args[0](obj.actual, obj.expected);
      if (typeof obj.message !== 'string') obj.message = undefined;
    } catch {
      // A throwing message function falls back to the generated message.
      obj.message = undefined;
    }
  } else {
    throw new codes.ERR_INVALID_ARG_TYPE('message', ['string', 'function'], args[0]);
  }
  const err = new AssertionError(obj);
  if (obj.generatedMessage !== undefined) err.generatedMessage = obj.generatedMessage;
  throw err;
}

// ---------------------------------------------------------------------------
// The source text of the failing `assert(...)` call.

// Control characters other than tab and newline are shown escaped.
// eslint-disable-next-line no-control-regex
const controlChars = /[\x00-\x08\x0b\x0c\x0e-\x1f]/g;
const escapeControl = (ch) => {
  const code = ch.charCodeAt(0);
  if (code === 8) return '\\b';
  if (code === 12) return '\\f';
  return `\\u${code.toString(16).padStart(4, '0')}`;
};


// The file, line and column of the first stack frame outside node:assert.
function callerLocation() {
  const stack = String(new Error().stack || '');
  for (const raw of stack.split('\n')) {
    const line = raw.trim();
    if (!line.startsWith('at ') || line.includes('node:')) continue;
    const m = /\((.+):(\d+):(\d+)\)$/.exec(line) || /^at (.+):(\d+):(\d+)$/.exec(line);
    if (!m) continue;
    return { file: m[1], line: Number(m[2]), column: Number(m[3]) };
  }
  return undefined;
}

function readSourceLines(file) {
  try {
    if (file.startsWith('file://')) file = decodeURIComponent(new URL(file).pathname);
    return require('fs').readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
}

// From `start`, the text up to the parenthesis closing the call, a `;` outside
// parentheses, or the end of the line; strings and templates are skipped over.
function expressionFrom(text, start) {
  let depth = 0;
  let quote = null;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (quote !== null) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
      continue;
    }
    if (ch === '\'' || ch === '"' || ch === '`') {
      quote = ch;
    } else if (ch === '(') {
      depth++;
    } else if (ch === ')') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    } else if (ch === ';' && depth === 0) {
      return text.slice(start, i);
    }
  }
  return text.slice(start);
}

const callStart = /[\w$]+(?:\??\.[\w$]+|\[[^\]]*\])*\s*\(/g;
const assertName = /(?:^|[.[])['"]?(?:assert|ok|strict)['"]?\]?\s*\($/;

// The engine reports a position somewhere inside the call on its last line (the
// callee of a method call, else an argument or operator). Among the calls on that line
// that enclose the position: the innermost one named like an assertion, else one whose
// callee holds the position, else the innermost.
function sourceExpression() {
  const where = callerLocation();
  if (where === undefined) return undefined;
  const lines = readSourceLines(where.file);
  if (lines === undefined) return undefined;
  const text = lines[where.line - 1];
  if (text === undefined) return undefined;
  const index = where.column - 1;
  let named;
  let callee;
  let innermost;
  callStart.lastIndex = 0;
  let m;
  while ((m = callStart.exec(text)) !== null) {
    if (m.index > index) break;
    const expr = expressionFrom(text, m.index);
    if (m.index + expr.length > index) {
      innermost = expr;
      if (assertName.test(m[0])) named = expr;
      if (index < m.index + m[0].length) callee = expr;
    }
    callStart.lastIndex = m.index + 1;
    // Skip the rest of this identifier so `assert.ok` is not matched again as `ok`.
    while (callStart.lastIndex < text.length && /[\w$.?]/.test(text[callStart.lastIndex - 1]) &&
           /[\w$.?]/.test(text[callStart.lastIndex])) {
      callStart.lastIndex++;
    }
  }
  if (innermost !== undefined) return named ?? callee ?? innermost;
  // A call spread over several lines is reported at its last line: quote the first
  // line of the call, from the callee on, as Node does.
  for (let n = where.line - 2; n >= 0 && n >= where.line - 30; n--) {
    const open = /[\w$]+(?:\??\.[\w$]+)*\s*\([^)]*$/.exec(lines[n]);
    if (open) return lines[n].slice(open.index).trimEnd();
  }
  return undefined;
}

function falsyValueMessage() {
  let source = sourceExpression();
  if (!source) return undefined;
  source = source.replace(controlChars, escapeControl);
  return `The expression evaluated to a falsy value:\n\n  ${source}\n`;
}

// assert.ok and assert(): `value` must be truthy.
function innerOk(fn, argLen, value, ...message) {
  if (value) return;
  let generatedMessage = false;
  let messageArgs;
  if (argLen === 0) {
    generatedMessage = true;
    messageArgs = ['No value argument passed to `assert.ok()`'];
  } else if (message.length === 0 || message[0] == null) {
    generatedMessage = true;
    const text = falsyValueMessage();
    messageArgs = text === undefined ? [] : [text];
  } else {
    messageArgs = message;
  }
  innerFail({
    actual: value,
    expected: true,
    message: messageArgs,
    operator: '==',
    stackStartFn: fn,
    generatedMessage,
  });
}

module.exports = { innerOk, innerFail, isError };
