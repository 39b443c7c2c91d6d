// node:timers — setTimeout/setInterval/setImmediate and their clear functions
// (Node's lib/timers.js argument handling on top of internal/timers).
'use strict';

const { Timeout, Immediate, clearTimeout, clearImmediate } = require('internal/timers');
const { validateFunction } = require('internal/validators');

function setTimeout(callback, after, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    args = n === 3 ? [arg1] : n === 4 ? [arg1, arg2] : Array.prototype.slice.call(arguments, 2);
  }
  return new Timeout(callback, after, args, false, true);
}

function setInterval(callback, repeat, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 2) {
    args = n === 3 ? [arg1] : n === 4 ? [arg1, arg2] : Array.prototype.slice.call(arguments, 2);
  }
  return new Timeout(callback, repeat, args, true, true);
}

function clearInterval(timer) {
  // clearTimeout and clearInterval can clear either kind of timer (as in Node).
  if (timer && timer._idleTimeout) {
    timer._repeat = null;
  }
  clearTimeout(timer);
}

function setImmediate(callback, arg1, arg2, arg3) {
  validateFunction(callback, 'callback');
  let args;
  const n = arguments.length;
  if (n > 1) {
    args = n === 2 ? [arg1] : n === 3 ? [arg1, arg2] : Array.prototype.slice.call(arguments, 1);
  }
  return new Immediate(callback, args);
}

module.exports = {
  setTimeout,
  clearTimeout,
  setInterval,
  clearInterval,
  setImmediate,
  clearImmediate,
};
