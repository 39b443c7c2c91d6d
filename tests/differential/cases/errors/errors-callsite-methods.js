// V8's CallSite objects (Error.prepareStackTrace with Error.captureStackTrace): the methods
// packages such as depd call on them, with the answers Node gives for ordinary frames of a
// strict-mode script (no eval frames, no receiver).
'use strict';

function frames() {
  const holder = {};
  const saved = Error.prepareStackTrace;
  Error.prepareStackTrace = (_, stack) => stack;
  Error.captureStackTrace(holder, frames);
  const stack = holder.stack;
  Error.prepareStackTrace = saved;
  return stack;
}

function named() {
  return frames()[0];
}

const site = named();
const methods = ['getFileName', 'getLineNumber', 'getColumnNumber', 'getFunctionName', 'isEval',
  'getEvalOrigin', 'getThis', 'getTypeName', 'getMethodName', 'isNative', 'isConstructor',
  'isAsync', 'isPromiseAll', 'getPromiseIndex', 'getScriptNameOrSourceURL'];
for (const m of methods) {
  const v = site[m]();
  console.log(m, typeof v, m === 'getFileName' || m === 'getScriptNameOrSourceURL' ? v === __filename : v);
}
console.log(String(site).replace(__filename, '<file>').replace(/:\d+:\d+\)$/, ':L:C)'));

// depd-style use: the caller's location from a captured stack.
function callerOf() {
  const stack = frames();
  const s = stack[1];
  return [s.getFileName() === __filename, typeof s.getLineNumber(), s.isEval(), s.getFunctionName()];
}
function outer() { return callerOf(); }
console.log(outer());
