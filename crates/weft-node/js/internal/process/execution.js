// What happens to an exception nobody caught (Node's lib/internal/process/execution.js
// createOnGlobalUncaughtException): 'uncaughtExceptionMonitor' listeners, then
// 'uncaughtException' listeners; the runtime prints and exits when nobody handled it.
'use strict';

// Returns true when a listener handled the error (the process goes on).
function onUncaughtException(er, fromPromise) {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  // process.setUncaughtExceptionCaptureCallback() takes the place of the listeners.
  const capture = require('internal/process/object').getCaptureCallback();
  if (capture !== null) {
    capture(er);
  } else {
    if (process.listenerCount('uncaughtException') === 0) return false;
    process.emit('uncaughtException', er, type);
  }
  // A listener may have scheduled work; as in Node, make sure the loop turns once more so
  // queued ticks get processed.
  require('timers').setImmediate(noop);
  return true;
}

function noop() {}

// Unhandled rejections, default mode ("throw"): 'unhandledRejection' listeners, else the reason
// becomes an uncaught exception. Returns true when handled.
function onUnhandledRejection(reason, promise) {
  if (process.listenerCount('unhandledRejection') > 0) {
    process.emit('unhandledRejection', reason, promise);
    return true;
  }
  let err = reason;
  if (!(reason instanceof Error)) {
    const { inspect } = require('internal/util/inspect');
    err = new Error('This error originated either by throwing inside of an async function ' +
      'without a catch block, or by rejecting a promise which was not handled with .catch().' +
      ` The promise rejected with the reason "${inspect(reason)}".`);
    err.name = 'UnhandledPromiseRejection';
    err.code = 'ERR_UNHANDLED_REJECTION';
  }
  return onUncaughtException(err, true) ? true : err;
}

module.exports = { onUncaughtException, onUnhandledRejection };
