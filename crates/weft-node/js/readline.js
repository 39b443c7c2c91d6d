// node:readline (after Node's lib/readline.js): createInterface/Interface with
// the callback question(), the cursor helpers writing ANSI sequences, and
// readline.promises. See internal/readline/interface.js for what the
// Interface covers.
'use strict';

const { AbortError } = require('internal/errors');
const { validateAbortSignal } = require('internal/validators');
const {
  clearLine, clearScreenDown, cursorTo, moveCursor,
} = require('internal/readline/callbacks');
const {
  Interface: _Interface,
  InterfaceConstructor,
  kQuestion,
  kQuestionCancel,
} = require('internal/readline/interface');
const emitKeypressEvents = require('internal/readline/emitKeypressEvents');

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  // One-argument completers are called the two-argument (callback) way.
  if (input && input.input && typeof input.completer === 'function' &&
      input.completer.length !== 2) {
    const { completer: fn } = input;
    input.completer = (v, cb) => cb(null, fn(v));
  } else if (typeof completer === 'function' && completer.length !== 2) {
    const fn = completer;
    completer = (v, cb) => cb(null, fn(v));
  }
  Reflect.apply(InterfaceConstructor, this, [input, output, completer, terminal]);
}
Object.setPrototypeOf(Interface.prototype, _Interface.prototype);
Object.setPrototypeOf(Interface, _Interface);

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};

  if (options.signal) {
    validateAbortSignal(options.signal, 'options.signal');
    if (options.signal.aborted) return;
    const signal = options.signal;
    const onAbort = () => { this[kQuestionCancel](); };
    signal.addEventListener('abort', onAbort, { once: true });
    const originalCb = cb;
    cb = typeof cb === 'function' ? (answer) => {
      signal.removeEventListener('abort', onAbort);
      return originalCb(answer);
    } : () => signal.removeEventListener('abort', onAbort);
  }
  if (typeof cb === 'function') this[kQuestion](query, cb);
};

// util.promisify(rl.question) resolves with the answer.
Interface.prototype.question[Symbol.for('nodejs.util.promisify.custom')] =
  function question(query, options) {
    if (options === null || typeof options !== 'object') options = {};
    const signal = options.signal;
    if (signal && signal.aborted) {
      return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
    }
    return new Promise((resolve, reject) => {
      let cb = resolve;
      if (signal) {
        const onAbort = () => {
          reject(new AbortError(undefined, { cause: signal.reason }));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      this.question(query, options, cb);
    });
  };

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};

let promises;
Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('readline/promises');
    return promises;
  },
});
