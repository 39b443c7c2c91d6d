// Completes the CallSite objects that Error.prepareStackTrace receives (V8's stack trace API,
// https://v8.dev/docs/stack-trace-api). QuickJS-ng passes CallSites with only getFileName,
// getLineNumber, getColumnNumber, getFunctionName, getFunction, isNative and isConstructor;
// npm packages call the rest unconditionally (depd, used by express/body-parser/http-errors,
// calls isEval() and getEvalOrigin() when it is loaded). Missing methods are added to the
// shared prototype with the answers V8 gives where the engine cannot tell more: no eval
// frames, no receiver (as for strict-mode code), no async/Promise.all frames.
'use strict';

function callSitePrototype() {
  const saved = Error.prepareStackTrace;
  const holder = {};
  try {
    Error.prepareStackTrace = (_, frames) => frames;
    Error.captureStackTrace(holder);
    const frames = holder.stack;
    return Array.isArray(frames) && frames.length > 0 ? Object.getPrototypeOf(frames[0]) : null;
  } catch {
    return null;
  } finally {
    Error.prepareStackTrace = saved;
  }
}

// V8's CallSite.prototype.toString: `fn (file:line:col)`, `file:line:col` at top level,
// `native` for built-ins, `new fn (...)` for constructor calls.
function callSiteToString() {
  const file = this.getFileName();
  const line = this.getLineNumber();
  const column = this.getColumnNumber();
  let location;
  if (this.isNative()) {
    location = 'native';
  } else {
    location = file || '<anonymous>';
    if (line != null) {
      location += `:${line}`;
      if (column != null) location += `:${column}`;
    }
  }
  const name = this.getFunctionName();
  if (this.isConstructor()) return `new ${name || '<anonymous>'} (${location})`;
  return name ? `${name} (${location})` : location;
}

const missing = {
  __proto__: null,
  isEval() { return false; },
  getEvalOrigin() { return undefined; },
  getThis() { return undefined; },
  getTypeName() { return null; },
  getMethodName() { return null; },
  isToplevel() { return !this.getFunctionName(); },
  isAsync() { return false; },
  isPromiseAll() { return false; },
  getPromiseIndex() { return null; },
  getScriptNameOrSourceURL() { return this.getFileName(); },
  getScriptHash() { return ''; },
  getEnclosingLineNumber() { return this.getLineNumber(); },
  getEnclosingColumnNumber() { return this.getColumnNumber(); },
  getPosition() { return 0; },
  toString: callSiteToString,
};

const proto = callSitePrototype();
if (proto !== null && proto !== Object.prototype) {
  for (const name of Object.keys(missing)) {
    if (!Object.prototype.hasOwnProperty.call(proto, name)) {
      Object.defineProperty(proto, name, {
        __proto__: null, value: missing[name], writable: true, configurable: true, enumerable: false,
      });
    }
  }
}
