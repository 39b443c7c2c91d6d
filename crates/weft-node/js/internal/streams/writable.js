// stream.Writable (mirrors Node's lib/internal/streams/writable.js): write()
// hands one chunk at a time to _write (or a batch to _writev after cork/while
// busy), returns false once highWaterMark is reached and emits 'drain' when the
// buffer empties; end() runs _final, then 'prefinish', 'finish' (next tick) and,
// with autoDestroy, 'close'. A write callback called synchronously is deferred to
// process.nextTick, as in Node.
'use strict';

const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const { codes } = require('internal/errors');
const {
  ERR_INVALID_ARG_TYPE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_MULTIPLE_CALLBACK,
  ERR_STREAM_ALREADY_FINISHED,
  ERR_STREAM_CANNOT_PIPE,
  ERR_STREAM_DESTROYED,
  ERR_STREAM_NULL_VALUES,
  ERR_STREAM_WRITE_AFTER_END,
  ERR_UNKNOWN_ENCODING,
} = codes;

const { errorOrDestroy } = destroyImpl;
const {
  kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed,
  kCloseEmitted, kErrored, kConstructed, bitAccessor, valueAccessor,
} = require('internal/streams/utils');

// Bits of WritableState[kState] beyond the shared ones (Node 26's values).
const kSync = 1 << 9;
const kFinalCalled = 1 << 10;
const kNeedDrain = 1 << 11;
const kEnding = 1 << 12;
const kFinished = 1 << 13;
const kDecodeStrings = 1 << 14;
const kWriting = 1 << 15;
const kBufferProcessing = 1 << 16;
const kPrefinished = 1 << 17;
const kAllBuffers = 1 << 18;
const kAllNoop = 1 << 19;
const kOnFinished = 1 << 20;
const kHasWritable = 1 << 21;
const kWritable = 1 << 22;
const kCorked = 1 << 23;
const kDefaultUTF8Encoding = 1 << 24;
const kWriteCb = 1 << 25;
const kExpectWriteCb = 1 << 26;
const kAfterWriteTickInfo = 1 << 27;
const kAfterWritePending = 1 << 28;
const kBuffered = 1 << 29;
const kEnded = 1 << 30;

const kOnFinishedValue = Symbol('kOnFinishedValue');
const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kWriteCbValue = Symbol('kWriteCbValue');
const kAfterWriteTickInfoValue = Symbol('kAfterWriteTickInfoValue');
const kBufferedValue = Symbol('kBufferedValue');

let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}
let DuplexCtor;
function isDuplexInstance(stream) {
  if (DuplexCtor === undefined) DuplexCtor = require('internal/streams/duplex');
  return stream instanceof DuplexCtor;
}

function nop() {}

function WritableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
  // Starts constructed and "inside _write" (sync).
  this[kState] = kSync | kConstructed | kEmitClose | kAutoDestroy;

  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.writableObjectMode) this[kState] |= kObjectMode;

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'writableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Strings become Buffers before _write unless decodeStrings is false.
  if (!options || options.decodeStrings !== false) this[kState] |= kDecodeStrings;
  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options ? options.defaultEncoding : null;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (getBuffer().isEncoding(defaultEncoding)) {
    this[kState] &= ~kDefaultUTF8Encoding;
    this[kDefaultEncodingValue] = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // Bytes (or objects) written but not yet called back.
  this.length = 0;
  this.corked = 0;
  this.onwrite = (er) => onwrite(stream, er);
  this.writelen = 0;
  resetBuffer(this);
  // Write callbacks still to run; 'finish' waits for 0.
  this.pendingcb = 0;
}

// The write queue: a lazily made array read from bufferedIndex.
function resetBuffer(state) {
  state[kBufferedValue] = null;
  state.bufferedIndex = 0;
  state[kState] |= kAllBuffers | kAllNoop;
  state[kState] &= ~kBuffered;
}

Object.defineProperties(WritableState.prototype, {
  objectMode: bitAccessor(kObjectMode),
  finalCalled: bitAccessor(kFinalCalled),
  needDrain: bitAccessor(kNeedDrain),
  ending: bitAccessor(kEnding),
  ended: bitAccessor(kEnded),
  finished: bitAccessor(kFinished),
  destroyed: bitAccessor(kDestroyed),
  decodeStrings: bitAccessor(kDecodeStrings),
  writing: bitAccessor(kWriting),
  // True while inside _write: a callback then is deferred to the next tick.
  sync: bitAccessor(kSync),
  bufferProcessing: bitAccessor(kBufferProcessing),
  constructed: bitAccessor(kConstructed),
  prefinished: bitAccessor(kPrefinished),
  errorEmitted: bitAccessor(kErrorEmitted),
  emitClose: bitAccessor(kEmitClose),
  autoDestroy: bitAccessor(kAutoDestroy),
  closed: bitAccessor(kClosed),
  closeEmitted: bitAccessor(kCloseEmitted),
  allBuffers: bitAccessor(kAllBuffers),
  allNoop: bitAccessor(kAllNoop),
  errored: valueAccessor(kErrored, kErroredValue),
  writable: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return (this[kState] & kHasWritable) !== 0 ? (this[kState] & kWritable) !== 0 : undefined;
    },
    set(value) {
      if (value == null) {
        this[kState] &= ~(kHasWritable | kWritable);
      } else if (value) {
        this[kState] |= kHasWritable | kWritable;
      } else {
        this[kState] |= kHasWritable;
        this[kState] &= ~kWritable;
      }
    },
  },
  defaultEncoding: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return (this[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : this[kDefaultEncodingValue];
    },
    set(value) {
      if (value === 'utf8' || value === 'utf-8') {
        this[kState] |= kDefaultUTF8Encoding;
      } else {
        this[kState] &= ~kDefaultUTF8Encoding;
        this[kDefaultEncodingValue] = value;
      }
    },
  },
  writecb: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kWriteCb) !== 0 ? this[kWriteCbValue] : nop; },
    set(value) {
      this[kWriteCbValue] = value;
      if (value) this[kState] |= kWriteCb;
      else this[kState] &= ~kWriteCb;
    },
  },
  afterWriteTickInfo: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return (this[kState] & kAfterWriteTickInfo) !== 0 ? this[kAfterWriteTickInfoValue] : null;
    },
    set(value) {
      this[kAfterWriteTickInfoValue] = value;
      if (value) this[kState] |= kAfterWriteTickInfo;
      else this[kState] &= ~kAfterWriteTickInfo;
    },
  },
  buffered: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kBuffered) !== 0 ? this[kBufferedValue] : []; },
    set(value) {
      this[kBufferedValue] = value;
      if (value) this[kState] |= kBuffered;
      else this[kState] &= ~kBuffered;
    },
  },
});

WritableState.prototype.getBuffer = function getBuffer() {
  return (this[kState] & kBuffered) === 0 ? [] : this.buffered.slice(this.bufferedIndex);
};

Object.defineProperty(WritableState.prototype, 'bufferedRequestCount', {
  __proto__: null,
  get() {
    return (this[kState] & kBuffered) === 0 ? 0 :
      this[kBufferedValue].length - this.bufferedIndex;
  },
});

function Writable(options) {
  if (!(this instanceof Writable)) return new Writable(options);

  this._writableState = new WritableState(options, this, false);

  if (options) {
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }

  Stream.call(this, options);

  if (this._construct != null) destroyImpl.construct(this, () => onConstructed(this));
}
Object.setPrototypeOf(Writable.prototype, Stream.prototype);
Object.setPrototypeOf(Writable, Stream);

Writable.WritableState = WritableState;

// After _construct: flush what was written meanwhile, finish if end() came too.
function onConstructed(stream) {
  const state = stream._writableState;
  if ((state[kState] & kWriting) === 0) clearBuffer(stream, state);
  if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state);
}
Writable.onConstructed = onConstructed;

// instanceof Writable also holds for a Duplex (which only inherits Readable).
Object.defineProperty(Writable, Symbol.hasInstance, {
  __proto__: null,
  value: function(object) {
    if (Function.prototype[Symbol.hasInstance].call(this, object)) return true;
    if (this !== Writable) return false;
    return !!(object && object._writableState instanceof WritableState);
  },
});

Writable.prototype.pipe = function() {
  errorOrDestroy(this, new ERR_STREAM_CANNOT_PIPE());
};

function _write(stream, chunk, encoding, cb) {
  const state = stream._writableState;
  if (typeof cb !== 'function') cb = nop;

  if (chunk === null) throw new ERR_STREAM_NULL_VALUES();

  if ((state[kState] & kObjectMode) === 0) {
    const Buffer = getBuffer();
    if (!encoding) {
      encoding = (state[kState] & kDefaultUTF8Encoding) !== 0 ? 'utf8' : state.defaultEncoding;
    } else if (encoding !== 'buffer' && !Buffer.isEncoding(encoding)) {
      throw new ERR_UNKNOWN_ENCODING(encoding);
    }
    if (typeof chunk === 'string') {
      if (encoding === 'buffer') throw new ERR_UNKNOWN_ENCODING(encoding);
      if ((state[kState] & kDecodeStrings) !== 0) {
        chunk = Buffer.from(chunk, encoding);
        encoding = 'buffer';
      }
    } else if (chunk instanceof Buffer) {
      encoding = 'buffer';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = 'buffer';
    } else {
      throw new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
        chunk);
    }
  }

  let err;
  if ((state[kState] & kEnding) !== 0) err = new ERR_STREAM_WRITE_AFTER_END();
  else if ((state[kState] & kDestroyed) !== 0) err = new ERR_STREAM_DESTROYED('write');

  if (err) {
    process.nextTick(cb, err);
    errorOrDestroy(stream, err, true);
    return err;
  }
  state.pendingcb++;
  return writeOrBuffer(stream, state, chunk, encoding, cb);
}

Writable.prototype.write = function(chunk, encoding, cb) {
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  return _write(this, chunk, encoding, cb) === true;
};

Writable.prototype.cork = function() {
  const state = this._writableState;
  state[kState] |= kCorked;
  state.corked++;
};

Writable.prototype.uncork = function() {
  const state = this._writableState;
  if (state.corked) {
    state.corked--;
    if (!state.corked) state[kState] &= ~kCorked;
    if ((state[kState] & kWriting) === 0) clearBuffer(this, state);
  }
};

Writable.prototype.setDefaultEncoding = function setDefaultEncoding(encoding) {
  if (typeof encoding === 'string') encoding = encoding.toLowerCase();
  if (!getBuffer().isEncoding(encoding)) throw new ERR_UNKNOWN_ENCODING(encoding);
  this._writableState.defaultEncoding = encoding;
  return this;
};

// Writes now if idle, otherwise queues; the return value is the backpressure signal.
function writeOrBuffer(stream, state, chunk, encoding, callback) {
  const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
  state.length += len;

  if ((state[kState] & (kWriting | kErrored | kCorked | kConstructed)) !== kConstructed) {
    if ((state[kState] & kBuffered) === 0) {
      state[kState] |= kBuffered;
      state[kBufferedValue] = [];
    }
    state[kBufferedValue].push({ chunk, encoding, callback });
    if ((state[kState] & kAllBuffers) !== 0 && encoding !== 'buffer') {
      state[kState] &= ~kAllBuffers;
    }
    if ((state[kState] & kAllNoop) !== 0 && callback !== nop) state[kState] &= ~kAllNoop;
  } else {
    state.writelen = len;
    if (callback !== nop) state.writecb = callback;
    state[kState] |= kWriting | kSync | kExpectWriteCb;
    stream._write(chunk, encoding, state.onwrite);
    state[kState] &= ~kSync;
  }

  // Measured after a synchronous _write has had its chance to call back.
  const ret = state.length < state.highWaterMark || state.length === 0;
  if (!ret) state[kState] |= kNeedDrain;
  // false once errored/destroyed, to break `while (w.write(x))` loops.
  return ret && (state[kState] & (kDestroyed | kErrored)) === 0;
}

function doWrite(stream, state, writev, len, chunk, encoding, cb) {
  state.writelen = len;
  if (cb !== nop) state.writecb = cb;
  state[kState] |= kWriting | kSync | kExpectWriteCb;
  if ((state[kState] & kDestroyed) !== 0) state.onwrite(new ERR_STREAM_DESTROYED('write'));
  else if (writev) stream._writev(chunk, state.onwrite);
  else stream._write(chunk, encoding, state.onwrite);
  state[kState] &= ~kSync;
}

function onwriteError(stream, state, er, cb) {
  --state.pendingcb;
  cb(er);
  errorBuffer(state);
  errorOrDestroy(stream, er);
}

function onwrite(stream, er) {
  const state = stream._writableState;
  if ((state[kState] & kExpectWriteCb) === 0) {
    errorOrDestroy(stream, new ERR_MULTIPLE_CALLBACK());
    return;
  }
  const sync = (state[kState] & kSync) !== 0;
  const cb = (state[kState] & kWriteCb) !== 0 ? state[kWriteCbValue] : nop;

  state.writecb = null;
  state[kState] &= ~(kWriting | kExpectWriteCb);
  state.length -= state.writelen;
  state.writelen = 0;

  if (er) {
    void er.stack;
    if ((state[kState] & kErrored) === 0) {
      state[kErroredValue] = er;
      state[kState] |= kErrored;
    }
    // A Duplex's readable side learns of the error too.
    const rState = stream._readableState;
    if (rState && !rState.errored) rState.errored = er;
    if (sync) process.nextTick(onwriteError, stream, state, er, cb);
    else onwriteError(stream, state, er, cb);
    return;
  }

  if ((state[kState] & kBuffered) !== 0) clearBuffer(stream, state);

  if (!sync) {
    afterWrite(stream, state, 1, cb);
    return;
  }
  // Called back synchronously: the callback (and 'drain') wait for a tick.
  // Node 26 also takes the tick for every object-mode stream.
  const needDrain = (state[kState] & kNeedDrain) !== 0 && state.length === 0;
  const needTick = needDrain || (state[kState] & kObjectMode) !== 0 || cb !== nop;
  if (cb === nop) {
    if ((state[kState] & kAfterWritePending) === 0 && needTick) {
      process.nextTick(afterWrite, stream, state, 1, cb);
      state[kState] |= kAfterWritePending;
    } else {
      state.pendingcb--;
      if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
    }
  } else if ((state[kState] & kAfterWriteTickInfo) !== 0 &&
             state[kAfterWriteTickInfoValue].cb === cb) {
    // The same callback again: one tick calls it once per write.
    state[kAfterWriteTickInfoValue].count++;
  } else {
    state[kAfterWriteTickInfoValue] = { count: 1, cb, stream, state };
    process.nextTick(afterWriteTick, state[kAfterWriteTickInfoValue]);
    state[kState] |= kAfterWritePending | kAfterWriteTickInfo;
  }
}

function afterWriteTick({ stream, state, count, cb }) {
  state[kState] &= ~kAfterWriteTickInfo;
  state[kAfterWriteTickInfoValue] = null;
  return afterWrite(stream, state, count, cb);
}

function afterWrite(stream, state, count, cb) {
  state[kState] &= ~kAfterWritePending;
  const needDrain = (state[kState] & (kEnding | kNeedDrain | kDestroyed)) === kNeedDrain &&
    state.length === 0;
  if (needDrain) {
    state[kState] &= ~kNeedDrain;
    stream.emit('drain');
  }
  while (count-- > 0) {
    state.pendingcb--;
    cb(null);
  }
  if ((state[kState] & kDestroyed) !== 0) errorBuffer(state);
  if ((state[kState] & kEnding) !== 0) finishMaybe(stream, state, true);
}

// Fails every queued write (and pending end callbacks) after an error/destroy.
function errorBuffer(state) {
  if ((state[kState] & kWriting) !== 0) return;
  if ((state[kState] & kBuffered) !== 0) {
    const buffered = state[kBufferedValue];
    for (let n = state.bufferedIndex; n < buffered.length; ++n) {
      const { chunk, callback } = buffered[n];
      const len = (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
      state.length -= len;
      callback(state.errored != null ? state.errored : new ERR_STREAM_DESTROYED('write'));
    }
  }
  callFinishedCallbacks(state,
    state.errored != null ? state.errored : new ERR_STREAM_DESTROYED('end'));
  resetBuffer(state);
}

function clearBuffer(stream, state) {
  if ((state[kState] & (kDestroyed | kBufferProcessing | kCorked | kBuffered | kConstructed)) !==
      (kBuffered | kConstructed)) {
    return;
  }
  const objectMode = (state[kState] & kObjectMode) !== 0;
  const buffered = state[kBufferedValue];
  const bufferedIndex = state.bufferedIndex;
  const bufferedLength = buffered.length - bufferedIndex;
  if (!bufferedLength) return;

  let i = bufferedIndex;
  state[kState] |= kBufferProcessing;
  if (bufferedLength > 1 && stream._writev) {
    // One _writev for everything queued; one callback fans out to all of them.
    state.pendingcb -= bufferedLength - 1;
    const callback = (state[kState] & kAllNoop) !== 0 ? nop : (err) => {
      for (let n = i; n < buffered.length; ++n) buffered[n].callback(err);
    };
    const chunks = (state[kState] & kAllNoop) !== 0 && i === 0 ? buffered : buffered.slice(i);
    chunks.allBuffers = (state[kState] & kAllBuffers) !== 0;
    doWrite(stream, state, true, state.length, chunks, '', callback);
    resetBuffer(state);
  } else {
    do {
      const { chunk, encoding, callback } = buffered[i];
      buffered[i++] = null;
      const len = objectMode ? 1 : chunk.length;
      doWrite(stream, state, false, len, chunk, encoding, callback);
    } while (i < buffered.length && (state[kState] & kWriting) === 0);

    if (i === buffered.length) {
      resetBuffer(state);
    } else if (i > 256 && i * 2 >= buffered.length) {
      // Drop the consumed slots once they are at least half the queue.
      buffered.splice(0, i);
      state.bufferedIndex = 0;
    } else {
      state.bufferedIndex = i;
    }
  }
  state[kState] &= ~kBufferProcessing;
}

Writable.prototype._write = function(chunk, encoding, cb) {
  if (this._writev) {
    this._writev([{ chunk, encoding }], cb);
  } else {
    throw new ERR_METHOD_NOT_IMPLEMENTED('_write()');
  }
};

Writable.prototype._writev = null;

Writable.prototype.end = function(chunk, encoding, cb) {
  const state = this._writableState;

  if (typeof chunk === 'function') {
    cb = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }

  let err;
  if (chunk != null) {
    const ret = _write(this, chunk, encoding);
    if (ret instanceof Error) err = ret;
  }

  // end() flushes a corked stream.
  if ((state[kState] & kCorked) !== 0) {
    state.corked = 1;
    this.uncork();
  }

  if (err) {
    // The write's error is reported through its own path.
  } else if ((state[kState] & (kEnding | kErrored)) === 0) {
    state[kState] |= kEnding;
    finishMaybe(this, state, true);
    state[kState] |= kEnded;
  } else if ((state[kState] & kFinished) !== 0) {
    err = new ERR_STREAM_ALREADY_FINISHED('end');
  } else if ((state[kState] & kDestroyed) !== 0) {
    err = new ERR_STREAM_DESTROYED('end');
  }

  if (typeof cb === 'function') {
    if (err) {
      process.nextTick(cb, err);
    } else if ((state[kState] & kErrored) !== 0) {
      process.nextTick(cb, state[kErroredValue]);
    } else if ((state[kState] & kFinished) !== 0) {
      process.nextTick(cb, null);
    } else {
      state[kState] |= kOnFinished;
      if (state[kOnFinishedValue] == null) state[kOnFinishedValue] = [];
      state[kOnFinishedValue].push(cb);
    }
  }
  return this;
};

// Ending, constructed, nothing pending or failed, not finished yet.
function needFinish(state) {
  return (state[kState] & (kEnding | kDestroyed | kConstructed | kFinished | kWriting |
    kErrorEmitted | kCloseEmitted | kErrored | kBuffered)) === (kEnding | kConstructed) &&
    state.length === 0;
}

function onFinal(stream, state, err) {
  if ((state[kState] & kPrefinished) !== 0) {
    errorOrDestroy(stream, err != null ? err : new ERR_MULTIPLE_CALLBACK());
    return;
  }
  state.pendingcb--;
  if (err) {
    callFinishedCallbacks(state, err);
    errorOrDestroy(stream, err, (state[kState] & kSync) !== 0);
  } else if (needFinish(state)) {
    state[kState] |= kPrefinished;
    stream.emit('prefinish');
    // 'finish' always comes a tick after _final's callback.
    state.pendingcb++;
    process.nextTick(finish, stream, state);
  }
}

function prefinish(stream, state) {
  if ((state[kState] & (kPrefinished | kFinalCalled)) !== 0) return;
  if (typeof stream._final === 'function' && (state[kState] & kDestroyed) === 0) {
    state[kState] |= kFinalCalled | kSync;
    state.pendingcb++;
    try {
      stream._final((err) => onFinal(stream, state, err));
    } catch (err) {
      onFinal(stream, state, err);
    }
    state[kState] &= ~kSync;
  } else {
    state[kState] |= kFinalCalled | kPrefinished;
    stream.emit('prefinish');
  }
}

function finishMaybe(stream, state, sync) {
  if (needFinish(state)) {
    prefinish(stream, state);
    if (state.pendingcb === 0) {
      if (sync) {
        state.pendingcb++;
        process.nextTick((stream, state) => {
          if (needFinish(state)) finish(stream, state);
          else state.pendingcb--;
        }, stream, state);
      } else if (needFinish(state)) {
        state.pendingcb++;
        finish(stream, state);
      }
    }
  }
}

function finish(stream, state) {
  state.pendingcb--;
  state[kState] |= kFinished;

  callFinishedCallbacks(state, null);

  stream.emit('finish');

  if ((state[kState] & kAutoDestroy) !== 0) {
    // A Duplex is destroyed only once its readable side has ended too.
    const rState = stream._readableState;
    const autoDestroy = !rState ||
      (rState.autoDestroy && (rState.endEmitted || rState.readable === false));
    if (autoDestroy) stream.destroy();
  }
}

// Runs (once) the callbacks end() queued.
function callFinishedCallbacks(state, err) {
  if ((state[kState] & kOnFinished) === 0) return;
  const onfinishCallbacks = state[kOnFinishedValue];
  state[kOnFinishedValue] = null;
  state[kState] &= ~kOnFinished;
  for (let i = 0; i < onfinishCallbacks.length; i++) onfinishCallbacks[i](err);
}

function defineGetter(name, get, set) {
  Object.defineProperty(Writable.prototype, name, {
    __proto__: null, enumerable: false, configurable: true, get, set,
  });
}

defineGetter('closed', function() {
  return this._writableState ? (this._writableState[kState] & kClosed) !== 0 : false;
});
defineGetter('destroyed', function() {
  return this._writableState ? (this._writableState[kState] & kDestroyed) !== 0 : false;
}, function(value) {
  if (this._writableState) this._writableState.destroyed = value;
});
defineGetter('writable', function() {
  const w = this._writableState;
  // An explicit writable:false (Duplex option) is kHasWritable without kWritable.
  return !!w && (w[kState] & (kHasWritable | kWritable)) !== kHasWritable &&
    (w[kState] & (kDestroyed | kErrored | kEnding | kEnded)) === 0;
}, function(val) {
  if (this._writableState) this._writableState.writable = !!val;
});
defineGetter('writableFinished', function() {
  return this._writableState ? (this._writableState[kState] & kFinished) !== 0 : false;
});
defineGetter('writableObjectMode', function() {
  return this._writableState ? this._writableState.objectMode : false;
});
defineGetter('writableBuffer', function() {
  return this._writableState && this._writableState.getBuffer();
});
defineGetter('writableEnded', function() {
  return this._writableState ? (this._writableState[kState] & kEnding) !== 0 : false;
});
defineGetter('writableNeedDrain', function() {
  const wState = this._writableState;
  if (!wState) return false;
  return (wState[kState] & (kDestroyed | kEnding | kNeedDrain)) === kNeedDrain;
});
defineGetter('writableHighWaterMark', function() {
  return this._writableState && this._writableState.highWaterMark;
});
defineGetter('writableCorked', function() {
  return this._writableState ? this._writableState.corked : 0;
});
defineGetter('writableLength', function() {
  return this._writableState && this._writableState.length;
});
defineGetter('errored', function() {
  return this._writableState ? this._writableState.errored : null;
});
defineGetter('writableAborted', function() {
  const w = this._writableState;
  return !!(w.writable !== false && (w.destroyed || w.errored) && !w.finished);
});

const destroy = destroyImpl.destroy;
Writable.prototype.destroy = function(err, cb) {
  const state = this._writableState;
  // Queued writes fail now unless a write is in flight (its callback does it).
  if ((state[kState] & (kBuffered | kOnFinished)) !== 0 &&
      (state[kState] & kDestroyed) === 0) {
    process.nextTick(errorBuffer, state);
  }
  destroy.call(this, err, cb);
  return this;
};

Writable.prototype._undestroy = destroyImpl.undestroy;
Writable.prototype._destroy = function(err, cb) {
  cb(err);
};

Writable.prototype[Symbol.for('nodejs.rejection')] = function(err) {
  this.destroy(err);
};

if (Symbol.asyncDispose) {
  Writable.prototype[Symbol.asyncDispose] = async function() {
    let error;
    if (!this.destroyed) {
      error = this.writableFinished ? null : new (require('internal/errors').AbortError)();
      this.destroy(error);
    }
    const eos = require('internal/streams/end-of-stream');
    await new Promise((resolve, reject) => eos(this, (err) => {
      if (err && err.name !== 'AbortError') reject(err);
      else resolve(null);
    }));
  };
}

// Web streams are not built in yet: the adapters exist but report so.
Writable.fromWeb = function() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('Writable.fromWeb()');
};
Writable.toWeb = function() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('Writable.toWeb()');
};

module.exports = Writable;
