// readline's Interface (after Node's lib/internal/readline/interface.js), line
// mode: input chunks are decoded as UTF-8 and split on \n, \r\n, \r, U+2028 and
// U+2029 ('\r' then '\n' in the next chunk within crlfDelay counts once); each
// line is emitted as 'line' or answers a pending question(); the input's 'end'
// flushes a last unterminated line and closes the interface. Async iteration
// yields lines. Terminal line editing (raw mode, keypress handling, history
// navigation, completion) is not implemented: with terminal:true lines are read
// the same way and the TTY's own line discipline does the editing.
'use strict';

const EventEmitter = require('events');
const { codes } = require('internal/errors');
const { ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE } = codes;
const {
  validateAbortSignal, validateArray, validateNumber, validateString, validateUint32,
} = require('internal/validators');
const { cursorTo, clearScreenDown } = require('internal/readline/callbacks');

const kMincrlfDelay = 100;
const lineEnding = /\r?\n|\r(?!\n)|\u2028|\u2029/g;
const ESCAPE_CODE_TIMEOUT = 500;

const kDecoder = Symbol('_decoder');
const kLine_buffer = Symbol('_line_buffer');
const kSawReturnAt = Symbol('_sawReturnAt');
const kPrompt = Symbol('_prompt');
const kOldPrompt = Symbol('_oldPrompt');
const kQuestionCallback = Symbol('_questionCallback');
const kQuestionReject = Symbol('_questionReject');
const kQuestion = Symbol('kQuestion');
const kQuestionCancel = Symbol('kQuestionCancel');
const kOnLine = Symbol('_onLine');
const kNormalWrite = Symbol('_normalWrite');
const kWriteToOutput = Symbol('_writeToOutput');
const kLineIterator = Symbol('line object stream');

let StringDecoder;

function InterfaceConstructor(input, output, completer, terminal) {
  this[kSawReturnAt] = 0;
  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = ESCAPE_CODE_TIMEOUT;
  this.tabSize = 8;

  EventEmitter.call(this);

  let crlfDelay;
  let prompt = '> ';
  let signal;
  let historyOptions;

  // createInterface({ input, output, ... }) or createInterface(input, output, ...).
  if (input && input.input) {
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    signal = input.signal;
    historyOptions = {
      __proto__: null,
      size: input.historySize,
      history: input.history,
      removeHistoryDuplicates: input.removeHistoryDuplicates,
    };
    if (input.tabSize !== undefined) {
      validateUint32(input.tabSize, 'tabSize', true);
      this.tabSize = input.tabSize;
    }
    if (input.prompt !== undefined) prompt = input.prompt;
    if (input.escapeCodeTimeout !== undefined) {
      if (Number.isFinite(input.escapeCodeTimeout)) {
        this.escapeCodeTimeout = input.escapeCodeTimeout;
      } else {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', this.escapeCodeTimeout);
      }
    }
    if (signal) validateAbortSignal(signal, 'options.signal');
    crlfDelay = input.crlfDelay;
    input = input.input;
  }

  this.setupHistoryManager(historyOptions !== undefined ? historyOptions : input);

  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }

  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }

  const self = this;

  this.line = '';
  this.output = output;
  this.input = input;
  this.crlfDelay = crlfDelay ? Math.max(kMincrlfDelay, crlfDelay) : kMincrlfDelay;
  this.completer = completer;
  this.setPrompt(prompt);
  this.terminal = !!terminal;
  this[kLineIterator] = undefined;

  function onerror(err) {
    self.emit('error', err);
  }
  function ondata(data) {
    self[kNormalWrite](data);
  }
  function onend() {
    if (typeof self[kLine_buffer] === 'string' && self[kLine_buffer].length > 0) {
      self.emit('line', self[kLine_buffer]);
    }
    self.close();
  }

  input.on('error', onerror);
  input.on('data', ondata);
  input.on('end', onend);
  self.once('close', function onSelfClose() {
    input.removeListener('data', ondata);
    input.removeListener('error', onerror);
    input.removeListener('end', onend);
  });
  if (!StringDecoder) StringDecoder = require('string_decoder').StringDecoder;
  this[kDecoder] = new StringDecoder('utf8');
  if (this.terminal) this.cursor = 0;

  if (signal) {
    const onAborted = () => self.close();
    if (signal.aborted) {
      process.nextTick(onAborted);
    } else {
      signal.addEventListener('abort', onAborted, { once: true });
      self.once('close', () => signal.removeEventListener('abort', onAborted));
    }
  }

  input.resume();
}
Object.setPrototypeOf(InterfaceConstructor.prototype, EventEmitter.prototype);
Object.setPrototypeOf(InterfaceConstructor, EventEmitter);

// The history list (Node keeps it in a ReplHistory; lines are only added in
// terminal mode, which is not implemented, so it stays as given).
class HistoryManager {
  constructor(context, options) {
    if (typeof options.history !== 'undefined') validateArray(options.history, 'history');
    if (typeof options.size !== 'undefined') validateNumber(options.size, 'size', 0);
    this.size = options.size !== undefined ? options.size :
      (context.historySize !== undefined ? context.historySize : 30);
    this.history = options.history !== undefined ? options.history : [];
    this.index = -1;
    this.isFlushing = false;
    this.removeHistoryDuplicates = options.removeHistoryDuplicates || false;
  }
}

const kHistoryAccessors = {
  __proto__: null,
  history: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this.historyManager.history; },
    set(value) { this.historyManager.history = value; },
  },
  historyIndex: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this.historyManager.index; },
    set(value) { this.historyManager.index = value; },
  },
  historySize: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this.historyManager.size; },
  },
  isFlushing: {
    __proto__: null, configurable: true, enumerable: true,
    get() { return this.historyManager.isFlushing; },
  },
};

class Interface extends InterfaceConstructor {
  setupHistoryManager(options) {
    this.historyManager = new HistoryManager(this, options || {});
    Object.defineProperties(this, kHistoryAccessors);
  }

  get columns() {
    if (this.output && this.output.columns) return this.output.columns;
    return Infinity;
  }

  setPrompt(prompt) {
    this[kPrompt] = prompt;
  }

  getPrompt() {
    return this[kPrompt];
  }

  prompt(preserveCursor) {
    if (this.paused) this.resume();
    if (this.terminal && process.env.TERM !== 'dumb') {
      if (!preserveCursor) this.cursor = 0;
      cursorTo(this.output, 0);
      clearScreenDown(this.output);
      this[kWriteToOutput](this[kPrompt] + this.line);
    } else {
      this[kWriteToOutput](this[kPrompt]);
    }
  }

  [kQuestion](query, cb) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this[kQuestionCallback]) {
      this.prompt();
    } else {
      this[kOldPrompt] = this[kPrompt];
      this.setPrompt(query);
      this[kQuestionCallback] = cb;
      this.prompt();
    }
  }

  [kOnLine](line) {
    if (this[kQuestionCallback]) {
      const cb = this[kQuestionCallback];
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      cb(line);
    } else {
      this.emit('line', line);
    }
  }

  [kQuestionCancel]() {
    if (this[kQuestionCallback]) {
      this[kQuestionCallback] = null;
      this.setPrompt(this[kOldPrompt]);
      this.clearLine();
    }
  }

  [kWriteToOutput](stringToWrite) {
    validateString(stringToWrite, 'stringToWrite');
    if (this.output !== null && this.output !== undefined) this.output.write(stringToWrite);
  }

  clearLine() {
    this[kWriteToOutput]('\r\n');
    this.line = '';
    if (this.terminal) this.cursor = 0;
    this.prevRows = 0;
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) return;
    this.input.pause();
    this.paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (!this.paused) return;
    this.input.resume();
    this.paused = false;
    this.emit('resume');
    return this;
  }

  write(d, key) {
    if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
    if (this.paused) this.resume();
    this[kNormalWrite](d);
  }

  [kNormalWrite](b) {
    if (b === undefined) return;
    let string = this[kDecoder].write(b);
    // The '\n' of a '\r\n' split across chunks is not a second line end.
    if (this[kSawReturnAt] && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
      if (string.codePointAt(0) === 10) string = string.slice(1);
      this[kSawReturnAt] = 0;
    }
    if (!string) return;

    const lines = string.includes('\r') || string.includes('\u2028') ||
      string.includes('\u2029') ? string.split(lineEnding) : string.split('\n');
    const lastIndex = lines.length - 1;
    if (lastIndex === 0) {
      // No line end yet: keep collecting.
      if (this[kLine_buffer]) this[kLine_buffer] += string;
      else this[kLine_buffer] = string;
      return;
    }
    this[kSawReturnAt] = string.endsWith('\r') ? Date.now() : 0;

    let first = lines[0];
    if (this[kLine_buffer]) first = this[kLine_buffer] + first;
    this[kLine_buffer] = lines[lastIndex];
    this[kOnLine](first);
    for (let i = 1; i < lastIndex; i++) this[kOnLine](lines[i]);
  }

  getCursorPos() {
    const str = this[kPrompt] + this.line.slice(0, this.cursor || 0);
    const cols = this.columns;
    if (cols === Infinity) return { rows: 0, cols: str.length };
    return { rows: Math.floor(str.length / cols), cols: str.length % cols };
  }

  // Lines as an async iterator; lines emitted before a read are queued (the
  // input is paused past 1024 queued lines) and 'close' ends the iteration.
  [Symbol.asyncIterator]() {
    if (this[kLineIterator] === undefined) this[kLineIterator] = lineIterator(this);
    return this[kLineIterator];
  }
}

Interface.prototype[Symbol.dispose] = function() {
  this.close();
};

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

function lineIterator(rl) {
  const highWaterMark = 1024;
  const queue = [];
  const waiting = [];
  let error = null;
  let finished = false;
  let paused = false;

  function online(line) {
    if (waiting.length) {
      waiting.shift().resolve({ done: false, value: line });
    } else {
      queue.push(line);
      if (!paused && queue.length > highWaterMark) {
        paused = true;
        rl.pause();
      }
    }
  }
  function onerror(err) {
    if (waiting.length) waiting.shift().reject(err);
    else error = err;
    finish();
  }
  function finish() {
    rl.removeListener('line', online);
    rl.removeListener('error', onerror);
    rl.removeListener('close', finish);
    finished = true;
    paused = false;
    while (waiting.length) waiting.shift().resolve({ done: true, value: undefined });
    return Promise.resolve({ done: true, value: undefined });
  }
  rl.on('line', online);
  rl.on('error', onerror);
  rl.on('close', finish);

  return Object.setPrototypeOf({
    next() {
      if (queue.length) {
        const value = queue.shift();
        if (paused && queue.length < 1) {
          paused = false;
          if (!rl.closed) rl.resume();
        }
        return Promise.resolve({ done: false, value });
      }
      if (error) {
        const p = Promise.reject(error);
        error = null;
        return p;
      }
      if (finished) return finish();
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      return finish();
    },
    throw(err) {
      onerror(err);
      return Promise.resolve({ done: true, value: undefined });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  }, AsyncIteratorPrototype);
}

module.exports = {
  Interface,
  InterfaceConstructor,
  kDecoder,
  kLine_buffer,
  kNormalWrite,
  kOldPrompt,
  kOnLine,
  kPrompt,
  kQuestion,
  kQuestionCallback,
  kQuestionCancel,
  kQuestionReject,
  kSawReturnAt,
  kWriteToOutput,
};
