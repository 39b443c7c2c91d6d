// process.emitWarning and the default 'warning' printer (mirrors Node's
// lib/internal/process/warning.js): warnings are Error objects emitted as 'warning' on the next
// tick; unless --no-warnings, Node's listener prints `(node:PID) [CODE] Name: message` to stderr,
// with the one-time `--trace-warnings` hint. DeprecationWarnings obey process.noDeprecation
// (--no-deprecation), process.throwDeprecation (--throw-deprecation) and
// process.traceDeprecation (--trace-deprecation).
'use strict';

const {
  codes: { ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString } = require('internal/validators');
const { nextTick } = require('internal/process/task_queues');

let traceWarningHelperShown = false;

function writeOut(message) {
  internalBinding('stdio').writeSync(2, `${message}\n`);
}

// The listener installed at startup (skipped under --no-warnings).
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const trace = process.traceProcessWarnings ||
    (isDeprecation && process.traceDeprecation);
  let msg = `(${process.release.name}:${process.pid}) `;
  if (warning.code) msg += `[${warning.code}] `;
  if (trace && warning.stack) {
    msg += `${warning.stack}`;
  } else {
    msg += typeof warning.toString === 'function' ?
      `${warning.toString()}` : Error.prototype.toString.call(warning);
  }
  if (typeof warning.detail === 'string') msg += `\n${warning.detail}`;
  if (!trace && !traceWarningHelperShown) {
    const flag = isDeprecation ? '--trace-deprecation' : '--trace-warnings';
    const argv0 = require('path').basename(process.argv0 || 'node', '.exe');
    msg += `\n(Use \`${argv0} ${flag} ...\` to show where the warning was created)`;
    traceWarningHelperShown = true;
  }
  writeOut(msg);
}

function createWarningObject(warning, type, code, ctor, detail) {
  const err = new Error(warning);
  err.name = String(type || 'Warning');
  if (code !== undefined) err.code = code;
  if (detail !== undefined) err.detail = detail;
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(err, ctor || process.emitWarning);
  }
  return err;
}

function doEmitWarning(warning) {
  process.emit('warning', warning);
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined) validateString(type, 'type');
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined) {
    validateString(code, 'code');
  }

  if (typeof warning === 'string') {
    warning = createWarningObject(warning, type, code, ctor, detail);
  } else if (!(warning instanceof Error)) {
    throw new ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning);
  }
  if (warning.name === 'DeprecationWarning') {
    if (process.noDeprecation) return;
    // Thrown from a tick, so it is an uncaught exception, as in Node.
    if (process.throwDeprecation) {
      nextTick(() => { throw warning; });
      return;
    }
  }
  nextTick(doEmitWarning, warning);
}

module.exports = { emitWarning, onWarning };
