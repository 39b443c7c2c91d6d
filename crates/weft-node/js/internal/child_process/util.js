// Helpers of child_process (Node's lib/internal/util.js convertToValidSignal and
// getSystemErrorName, the errnoException of lib/internal/errors.js): signal names/numbers,
// errno names and `syscall CODE` errors.
'use strict';

const { codes: { ERR_UNKNOWN_SIGNAL } } = require('internal/errors');

const uv = internalBinding('uv');
const { signals } = internalBinding('signals');

let errorMap;
function errname(err) {
  errorMap ??= new Map(uv.getErrorMap());
  const info = errorMap.get(err);
  return info ? info[0] : `Unknown system error ${err}`;
}

// `new Error('spawn nope ENOENT')` with errno (negative), code and syscall.
const { ErrnoException: errnoException } = require('internal/uv_exceptions');

let numberToName;
function signalNumbers() {
  if (numberToName === undefined) {
    numberToName = { __proto__: null };
    for (const name of Object.keys(signals)) numberToName[signals[name]] ??= name;
  }
  return numberToName;
}

// A signal name or number to its number; anything else throws ERR_UNKNOWN_SIGNAL.
function convertToValidSignal(signal) {
  if (typeof signal === 'number' && signalNumbers()[signal] !== undefined) return signal;
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n !== undefined) return n;
  }
  throw new ERR_UNKNOWN_SIGNAL(signal);
}

module.exports = { errnoException, errname, convertToValidSignal, signals };
