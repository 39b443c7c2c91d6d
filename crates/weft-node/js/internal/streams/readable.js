// stream.Readable (mirrors Node's lib/internal/streams/readable.js): a buffer fed
// by _read()/push(), drained in paused mode by read() and 'readable' events or in
// flowing mode by 'data' events, plus pipe()/unpipe(), setEncoding(), async
// iteration and Readable.from(). Event timing follows Node: 'readable', 'end' and
// 'resume' are emitted from process.nextTick; 'data' synchronously when a chunk is
// pushed from outside _read() into an empty flowing stream.
'use strict';

const { Stream, prependListener } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');
const eos = require('internal/streams/end-of-stream');
const { getHighWaterMark, getDefaultHighWaterMark } = require('internal/streams/state');
const {
  kState, kObjectMode, kErrorEmitted, kAutoDestroy, kEmitClose, kDestroyed, kClosed,
  kCloseEmitted, kErrored, kConstructed, bitAccessor, valueAccessor,
} = require('internal/streams/utils');
const { validateObject, validateAbortSignal } = require('internal/validators');
const { codes } = require('internal/errors');
const { aggregateTwoErrors } = destroyImpl;
const {
  ERR_INVALID_ARG_TYPE,
  ERR_METHOD_NOT_IMPLEMENTED,
  ERR_OUT_OF_RANGE,
  ERR_STREAM_PUSH_AFTER_EOF,
  ERR_STREAM_UNSHIFT_AFTER_END_EVENT,
  ERR_STREAM_NULL_VALUES,
  ERR_UNKNOWN_ENCODING,
} = codes;

const { errorOrDestroy } = destroyImpl;

let BufferCtor;
function getBuffer() {
  if (BufferCtor === undefined) BufferCtor = require('buffer').Buffer;
  return BufferCtor;
}
let StringDecoderCtor;
function getStringDecoder() {
  if (StringDecoderCtor === undefined) StringDecoderCtor = require('string_decoder').StringDecoder;
  return StringDecoderCtor;
}
let DuplexCtor;
function isDuplexInstance(stream) {
  if (DuplexCtor === undefined) DuplexCtor = require('internal/streams/duplex');
  return stream instanceof DuplexCtor;
}

function nop() {}

// Bits of ReadableState[kState] beyond the shared ones (Node 26's values).
const kEnded = 1 << 9;
const kEndEmitted = 1 << 10;
const kReading = 1 << 11;
const kSync = 1 << 12;
const kNeedReadable = 1 << 13;
const kEmittedReadable = 1 << 14;
const kReadableListening = 1 << 15;
const kResumeScheduled = 1 << 16;
const kMultiAwaitDrain = 1 << 17;
const kReadingMore = 1 << 18;
const kDataEmitted = 1 << 19;
const kDefaultUTF8Encoding = 1 << 20;
const kDecoder = 1 << 21;
const kEncoding = 1 << 22;
const kHasFlowing = 1 << 23;
const kFlowing = 1 << 24;
const kHasPaused = 1 << 25;
const kPaused = 1 << 26;
const kDataListening = 1 << 27;
const kEndScheduled = 1 << 28;
const kEofReadablePending = 1 << 29;

const kErroredValue = Symbol('kErroredValue');
const kDefaultEncodingValue = Symbol('kDefaultEncodingValue');
const kDecoderValue = Symbol('kDecoderValue');
const kEncodingValue = Symbol('kEncodingValue');

function ReadableState(options, stream, isDuplex) {
  if (typeof isDuplex !== 'boolean') isDuplex = isDuplexInstance(stream);
  // Starts constructed and "inside _read" (sync) until the first read.
  this[kState] = kEmitClose | kAutoDestroy | kConstructed | kSync;

  // Object mode: any JS value is a chunk, each counting 1 toward highWaterMark.
  if (options && options.objectMode) this[kState] |= kObjectMode;
  if (isDuplex && options && options.readableObjectMode) this[kState] |= kObjectMode;

  this.highWaterMark = options ?
    getHighWaterMark(this, options, 'readableHighWaterMark', isDuplex) :
    getDefaultHighWaterMark(false);

  // Chunks live in buffer[bufferIndex..]; consumed slots are nulled and the
  // array is compacted now and then (no O(n) shift per read).
  this.buffer = [];
  this.bufferIndex = 0;
  this.length = 0;
  this.pipes = [];

  if (options && options.emitClose === false) this[kState] &= ~kEmitClose;
  if (options && options.autoDestroy === false) this[kState] &= ~kAutoDestroy;

  const defaultEncoding = options ? options.defaultEncoding : undefined;
  if (defaultEncoding == null || defaultEncoding === 'utf8' || defaultEncoding === 'utf-8') {
    this[kState] |= kDefaultUTF8Encoding;
  } else if (getBuffer().isEncoding(defaultEncoding)) {
    this.defaultEncoding = defaultEncoding;
  } else {
    throw new ERR_UNKNOWN_ENCODING(defaultEncoding);
  }

  // The pipe destination(s) we wait on for 'drain' before flowing again.
  this.awaitDrainWriters = null;

  if (options && options.encoding) {
    const StringDecoder = getStringDecoder();
    this.decoder = new StringDecoder(options.encoding);
    this.encoding = options.encoding;
  }
}

Object.defineProperties(ReadableState.prototype, {
  objectMode: bitAccessor(kObjectMode),
  ended: bitAccessor(kEnded),
  endEmitted: bitAccessor(kEndEmitted),
  reading: bitAccessor(kReading),
  // false while a _construct() is pending.
  constructed: bitAccessor(kConstructed),
  // True while inside _read(): pushes then do not emit 'data'/'readable' directly.
  sync: bitAccessor(kSync),
  needReadable: bitAccessor(kNeedReadable),
  emittedReadable: bitAccessor(kEmittedReadable),
  readableListening: bitAccessor(kReadableListening),
  resumeScheduled: bitAccessor(kResumeScheduled),
  errorEmitted: bitAccessor(kErrorEmitted),
  emitClose: bitAccessor(kEmitClose),
  autoDestroy: bitAccessor(kAutoDestroy),
  destroyed: bitAccessor(kDestroyed),
  closed: bitAccessor(kClosed),
  closeEmitted: bitAccessor(kCloseEmitted),
  multiAwaitDrain: bitAccessor(kMultiAwaitDrain),
  readingMore: bitAccessor(kReadingMore),
  dataEmitted: bitAccessor(kDataEmitted),
  // Internal fields Node keeps as bits only (no public names there).
  dataListening: bitAccessor(kDataListening),
  eofReadablePending: bitAccessor(kEofReadablePending),
  endScheduled: bitAccessor(kEndScheduled),
  errored: valueAccessor(kErrored, kErroredValue),
  decoder: valueAccessor(kDecoder, kDecoderValue),
  encoding: valueAccessor(kEncoding, kEncodingValue),
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
  // null until flowing is decided, then true/false.
  flowing: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() {
      return (this[kState] & kHasFlowing) !== 0 ? (this[kState] & kFlowing) !== 0 : null;
    },
    set(value) {
      if (value == null) {
        this[kState] &= ~(kHasFlowing | kFlowing);
      } else if (value) {
        this[kState] |= kHasFlowing | kFlowing;
      } else {
        this[kState] |= kHasFlowing;
        this[kState] &= ~kFlowing;
      }
    },
  },
  // Legacy fields.
  pipesCount: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return this.pipes.length; },
  },
  paused: {
    __proto__: null,
    enumerable: false,
    configurable: true,
    get() { return (this[kState] & kPaused) !== 0; },
    set(value) {
      if (value) this[kState] |= kPaused;
      else this[kState] &= ~kPaused;
    },
  },
});

function Readable(options) {
  if (!(this instanceof Readable)) return new Readable(options);
  this._readableState = new ReadableState(options, this, false);
  if (options) {
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  }
  Stream.call(this, options);
  if (this._construct != null) destroyImpl.construct(this, () => onConstructed(this));
}

// After _construct: start filling the buffer if someone already asked.
function onConstructed(stream) {
  const state = stream._readableState;
  if ((state[kState] & kNeedReadable) !== 0) maybeReadMore(stream, state);
}
Readable.onConstructed = onConstructed;
Object.setPrototypeOf(Readable.prototype, Stream.prototype);
Object.setPrototypeOf(Readable, Stream);

Readable.ReadableState = ReadableState;

Readable.prototype.destroy = destroyImpl.destroy;
Readable.prototype._undestroy = destroyImpl.undestroy;
Readable.prototype._destroy = function(err, cb) {
  cb(err);
};

Readable.prototype[Symbol.for('nodejs.rejection')] = function(err) {
  this.destroy(err);
};

if (Symbol.asyncDispose) {
  Readable.prototype[Symbol.asyncDispose] = async function() {
    let error;
    if (!this.destroyed) {
      error = this.readableEnded ? null : new (require('internal/errors').AbortError)();
      this.destroy(error);
    }
    await new Promise((resolve, reject) => eos(this, (err) => {
      if (err && err !== error) reject(err);
      else resolve(null);
    }));
  };
}

Readable.prototype.push = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, false);
};

Readable.prototype.unshift = function(chunk, encoding) {
  return readableAddChunk(this, chunk, encoding, true);
};

function readableAddChunk(stream, chunk, encoding, addToFront) {
  const state = stream._readableState;
  let err;
  // Hot path: flags are read straight from the state bits.
  if ((state[kState] & kObjectMode) === 0) {
    const Buffer = getBuffer();
    if (typeof chunk === 'string') {
      encoding = encoding || state.defaultEncoding;
      if (state.encoding !== encoding) {
        if (addToFront && state.encoding) {
          // Unshifted text goes back in the decoder's encoding.
          chunk = Buffer.from(chunk, encoding).toString(state.encoding);
        } else {
          chunk = Buffer.from(chunk, encoding);
          encoding = '';
        }
      }
    } else if (chunk instanceof Buffer) {
      encoding = '';
    } else if (ArrayBuffer.isView(chunk)) {
      chunk = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
      encoding = '';
    } else if (chunk != null) {
      err = new ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'],
        chunk);
    }
  }

  if (err) {
    errorOrDestroy(stream, err);
    return false;
  } else if (chunk === null) {
    state[kState] &= ~kReading;
    onEofChunk(stream, state);
  } else if ((state[kState] & kObjectMode) !== 0 || (chunk && chunk.length > 0)) {
    if (addToFront) {
      if ((state[kState] & kEndEmitted) !== 0) {
        errorOrDestroy(stream, new ERR_STREAM_UNSHIFT_AFTER_END_EVENT());
      } else if ((state[kState] & (kDestroyed | kErrored)) !== 0) {
        return false;
      } else {
        addChunk(stream, state, chunk, true);
      }
    } else if ((state[kState] & kEnded) !== 0) {
      errorOrDestroy(stream, new ERR_STREAM_PUSH_AFTER_EOF());
      return false;
    } else if ((state[kState] & (kDestroyed | kErrored)) !== 0) {
      return false;
    } else {
      state[kState] &= ~kReading;
      if ((state[kState] & kDecoder) !== 0 && !encoding) {
        chunk = state[kDecoderValue].write(chunk);
        if ((state[kState] & kObjectMode) !== 0 || chunk.length !== 0) {
          addChunk(stream, state, chunk, false);
        } else {
          maybeReadMore(stream, state);
        }
      } else {
        addChunk(stream, state, chunk, false);
      }
    }
  } else if (!addToFront) {
    // An empty chunk: reading is over for now, but nothing was added.
    state[kState] &= ~kReading;
    maybeReadMore(stream, state);
  }

  // More may be pushed while below the mark (or while nothing is buffered at all).
  return (state[kState] & kEnded) === 0 &&
    (state.length < state.highWaterMark || state.length === 0);
}

function addChunk(stream, state, chunk, addToFront) {
  if ((state[kState] & (kFlowing | kSync | kDataListening)) === (kFlowing | kDataListening) &&
      state.length === 0) {
    // Straight through: nothing is buffered and someone listens.
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
    state[kState] |= kDataEmitted;
    stream.emit('data', chunk);
  } else {
    state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    if (!addToFront) state.buffer.push(chunk);
    else if (state.bufferIndex > 0) state.buffer[--state.bufferIndex] = chunk;
    else state.buffer.unshift(chunk);
    if ((state[kState] & kNeedReadable) !== 0) emitReadable(stream);
  }
  maybeReadMore(stream, state);
}

Readable.prototype.isPaused = function() {
  const state = this._readableState;
  return (state[kState] & kPaused) !== 0 ||
    (state[kState] & (kHasFlowing | kFlowing)) === kHasFlowing;
};

Readable.prototype.setEncoding = function(enc) {
  const StringDecoder = getStringDecoder();
  const decoder = new StringDecoder(enc);
  const state = this._readableState;
  state.decoder = decoder;
  state.encoding = decoder.encoding;
  // What is already buffered is decoded now.
  let content = '';
  for (let i = state.bufferIndex; i < state.buffer.length; i++) {
    content += decoder.write(state.buffer[i]);
  }
  state.buffer.length = 0;
  state.bufferIndex = 0;
  if (content !== '') state.buffer.push(content);
  state.length = content.length;
  return this;
};

const MAX_HWM = 0x40000000;
function computeNewHighWaterMark(n) {
  if (n > MAX_HWM) throw new ERR_OUT_OF_RANGE('size', '<= 1GiB', n);
  // The next power of two at or above n.
  n--;
  n |= n >>> 1;
  n |= n >>> 2;
  n |= n >>> 4;
  n |= n >>> 8;
  n |= n >>> 16;
  n++;
  return n;
}

// How many bytes (or objects) a read(n) may take now.
function howMuchToRead(n, state) {
  if (n <= 0 || (state.length === 0 && (state[kState] & kEnded) !== 0)) return 0;
  if ((state[kState] & kObjectMode) !== 0) return 1;
  if (Number.isNaN(n)) {
    // read(): one buffered chunk at a time, except decoded text in paused
    // mode, which comes out whole.
    if (state.length && (state[kState] & (kDecoder | kFlowing)) !== kDecoder) {
      return state.buffer[state.bufferIndex].length;
    }
    return state.length;
  }
  if (n <= state.length) return n;
  return (state[kState] & kEnded) !== 0 ? state.length : 0;
}

Readable.prototype.read = function(n) {
  if (n === undefined) n = NaN;
  else if (!Number.isInteger(n)) n = Number.parseInt(n, 10);
  const state = this._readableState;
  const nOrig = n;

  if (n > state.highWaterMark) state.highWaterMark = computeNewHighWaterMark(n);
  if (n !== 0) state[kState] &= ~(kEmittedReadable | kEofReadablePending);

  // read(0) with enough buffered (or at the end) only triggers 'readable'/'end'.
  if (n === 0 && (state[kState] & kNeedReadable) !== 0 &&
      ((state.highWaterMark !== 0 ? state.length >= state.highWaterMark : state.length > 0) ||
       (state[kState] & kEnded) !== 0)) {
    if (state.length === 0 && (state[kState] & kEnded) !== 0) endReadable(this);
    else emitReadable(this);
    return null;
  }

  n = howMuchToRead(n, state);

  if (n === 0 && (state[kState] & kEnded) !== 0) {
    if (state.length === 0) endReadable(this);
    return null;
  }

  // Call _read when below the mark after this read (or when asked to), unless
  // ended, already reading, destroyed, errored or still constructing.
  let doRead = (state[kState] & kNeedReadable) !== 0;
  if (state.length === 0 || state.length - n < state.highWaterMark) doRead = true;
  if ((state[kState] & (kReading | kEnded | kDestroyed | kErrored | kConstructed)) !==
      kConstructed) {
    doRead = false;
  } else if (doRead) {
    state[kState] |= kReading | kSync;
    if (state.length === 0) state[kState] |= kNeedReadable;
    try {
      this._read(state.highWaterMark);
    } catch (err) {
      errorOrDestroy(this, err);
    }
    state[kState] &= ~kSync;
    // A synchronous push may have changed what can be returned.
    if ((state[kState] & kReading) === 0) n = howMuchToRead(nOrig, state);
  }

  let ret;
  if (n > 0) ret = fromList(n, state);
  else ret = null;

  if (ret === null) {
    // Only ever set here, never cleared (as in Node).
    if (state.length <= state.highWaterMark) state[kState] |= kNeedReadable;
    n = 0;
  } else {
    state.length -= n;
    if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.clear();
    else state.awaitDrainWriters = null;
  }

  if (state.length === 0) {
    if ((state[kState] & kEnded) === 0) state[kState] |= kNeedReadable;
    if (nOrig !== n && (state[kState] & kEnded) !== 0) endReadable(this);
  }

  if (ret !== null && (state[kState] & (kErrorEmitted | kCloseEmitted)) === 0) {
    state[kState] |= kDataEmitted;
    this.emit('data', ret);
  }
  return ret;
};

function onEofChunk(stream, state) {
  if ((state[kState] & kEnded) !== 0) return;
  if (state.decoder) {
    const chunk = state.decoder.end();
    if (chunk && chunk.length) {
      state.buffer.push(chunk);
      state.length += (state[kState] & kObjectMode) !== 0 ? 1 : chunk.length;
    }
  }
  state[kState] |= kEnded;
  if ((state[kState] & kSync) !== 0) {
    // Inside _read: let the caller finish first. With nobody observing, the
    // 'readable' is held until a 'readable' listener is added.
    if ((state[kState] & (kFlowing | kNeedReadable)) !== 0 ||
        stream.listenerCount('readable') > 0) {
      emitReadable(stream);
    } else {
      state[kState] |= kEofReadablePending;
    }
  } else {
    state[kState] &= ~kNeedReadable;
    state[kState] |= kEmittedReadable;
    emitReadable_(stream);
  }
}

function emitReadable(stream) {
  const state = stream._readableState;
  state[kState] &= ~kNeedReadable;
  if ((state[kState] & kEmittedReadable) === 0) {
    state[kState] |= kEmittedReadable;
    process.nextTick(emitReadable_, stream);
  }
}

function emitReadable_(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kDestroyed | kErrored)) === 0 &&
      (state.length || (state[kState] & kEnded) !== 0)) {
    stream.emit('readable');
    state[kState] &= ~kEmittedReadable;
  }
  // Ask for another 'readable' unless flowing (flow() takes over) or ended;
  // an earlier request stays.
  if ((state[kState] & (kFlowing | kEnded)) === 0 && state.length <= state.highWaterMark) {
    state[kState] |= kNeedReadable;
  }
  flow(stream);
}

// Fill the buffer up to the mark ahead of demand, one tick later.
function maybeReadMore(stream, state) {
  if ((state[kState] & (kReadingMore | kConstructed)) === kConstructed) {
    state[kState] |= kReadingMore;
    process.nextTick(maybeReadMore_, stream, state);
  }
}

function maybeReadMore_(stream, state) {
  while ((state[kState] & (kReading | kEnded)) === 0 &&
         (state.length < state.highWaterMark ||
          ((state[kState] & kFlowing) !== 0 && state.length === 0))) {
    const len = state.length;
    stream.read(0);
    if (len === state.length) break; // nothing came synchronously
  }
  state[kState] &= ~kReadingMore;
}

Readable.prototype._read = function(n) {
  throw new ERR_METHOD_NOT_IMPLEMENTED('_read()');
};

Readable.prototype.pipe = function(dest, pipeOpts) {
  const src = this;
  const state = this._readableState;

  if (state.pipes.length === 1 && (state[kState] & kMultiAwaitDrain) === 0) {
    // A second destination: wait on a set of writers from now on.
    state[kState] |= kMultiAwaitDrain;
    state.awaitDrainWriters = new Set(state.awaitDrainWriters ? [state.awaitDrainWriters] : []);
  }
  state.pipes.push(dest);

  const doEnd = (!pipeOpts || pipeOpts.end !== false) &&
    dest !== process.stdout && dest !== process.stderr;
  const endFn = doEnd ? onend : unpipe;
  if ((state[kState] & kEndEmitted) !== 0) process.nextTick(endFn);
  else src.once('end', endFn);

  dest.on('unpipe', onunpipe);
  function onunpipe(readable, unpipeInfo) {
    if (readable === src && unpipeInfo && unpipeInfo.hasUnpiped === false) {
      unpipeInfo.hasUnpiped = true;
      cleanup();
    }
  }

  function onend() {
    dest.end();
  }

  let ondrain;
  let cleanedUp = false;
  function cleanup() {
    dest.removeListener('close', onclose);
    dest.removeListener('finish', onfinish);
    if (ondrain) dest.removeListener('drain', ondrain);
    dest.removeListener('error', onerror);
    dest.removeListener('unpipe', onunpipe);
    src.removeListener('end', onend);
    src.removeListener('end', unpipe);
    src.removeListener('data', ondata);
    cleanedUp = true;
    // A drain we were waiting for will never come from this destination.
    if (ondrain && state.awaitDrainWriters &&
        (!dest._writableState || dest._writableState.needDrain)) {
      ondrain();
    }
  }

  function pause() {
    if (!cleanedUp) {
      if (state.pipes.length === 1 && state.pipes[0] === dest) {
        state.awaitDrainWriters = dest;
        state[kState] &= ~kMultiAwaitDrain;
      } else if (state.pipes.length > 1 && state.pipes.includes(dest)) {
        state.awaitDrainWriters.add(dest);
      }
      src.pause();
    }
    if (!ondrain) {
      ondrain = pipeOnDrain(src, dest);
      dest.on('drain', ondrain);
    }
  }

  src.on('data', ondata);
  function ondata(chunk) {
    const ret = dest.write(chunk);
    if (ret === false) pause();
  }

  // An error on the destination unpipes; it still throws if nobody else listens.
  function onerror(er) {
    unpipe();
    dest.removeListener('error', onerror);
    if (dest.listenerCount('error') === 0) {
      const s = dest._writableState || dest._readableState;
      if (s && !s.errorEmitted) errorOrDestroy(dest, er);
      else dest.emit('error', er);
    }
  }
  prependListener(dest, 'error', onerror);

  function onclose() {
    dest.removeListener('finish', onfinish);
    unpipe();
  }
  dest.once('close', onclose);
  function onfinish() {
    dest.removeListener('close', onclose);
    unpipe();
  }
  dest.once('finish', onfinish);

  function unpipe() {
    src.unpipe(dest);
  }

  dest.emit('pipe', src);

  if (dest.writableNeedDrain === true) pause();
  else if (!state.flowing) src.resume();

  return dest;
};

function pipeOnDrain(src, dest) {
  return function pipeOnDrainFunctionResult() {
    const state = src._readableState;
    if (state.awaitDrainWriters === dest) state.awaitDrainWriters = null;
    else if ((state[kState] & kMultiAwaitDrain) !== 0) state.awaitDrainWriters.delete(dest);
    if ((!state.awaitDrainWriters || state.awaitDrainWriters.size === 0) &&
        src.listenerCount('data')) {
      src.resume();
    }
  };
}

Readable.prototype.unpipe = function(dest) {
  const state = this._readableState;
  const unpipeInfo = { hasUnpiped: false };
  if (state.pipes.length === 0) return this;

  if (!dest) {
    const dests = state.pipes;
    state.pipes = [];
    this.pause();
    for (let i = 0; i < dests.length; i++) dests[i].emit('unpipe', this, { hasUnpiped: false });
    return this;
  }

  const index = state.pipes.indexOf(dest);
  if (index === -1) return this;
  state.pipes.splice(index, 1);
  if (state.pipes.length === 0) this.pause();
  dest.emit('unpipe', this, unpipeInfo);
  return this;
};

// Adding 'data' starts flowing (unless paused explicitly); adding 'readable'
// switches to paused mode and makes it take precedence over 'data'.
Readable.prototype.on = function(ev, fn) {
  const res = Stream.prototype.on.call(this, ev, fn);
  const state = this._readableState;
  if (ev === 'data') {
    state[kState] |= kDataListening;
    if (this.listenerCount('readable') > 0) state[kState] |= kReadableListening;
    if (state.flowing !== false) this.resume();
  } else if (ev === 'readable') {
    if ((state[kState] & (kEndEmitted | kReadableListening)) === 0) {
      state[kState] |= kReadableListening | kNeedReadable;
      state.flowing = false;
      state[kState] &= ~kEmittedReadable;
      if (state.length) {
        emitReadable(this);
      } else {
        if ((state[kState] & kEofReadablePending) !== 0) {
          state[kState] &= ~kEofReadablePending;
          emitReadable(this);
        }
        if ((state[kState] & kReading) === 0) process.nextTick(nReadingNextTick, this);
      }
    }
  }
  return res;
};
Readable.prototype.addListener = Readable.prototype.on;

Readable.prototype.removeListener = function(ev, fn) {
  const res = Stream.prototype.removeListener.call(this, ev, fn);
  if (ev === 'readable') process.nextTick(updateReadableListening, this);
  else if (ev === 'data' && this.listenerCount('data') === 0) {
    this._readableState.dataListening = false;
  }
  return res;
};
Readable.prototype.off = Readable.prototype.removeListener;

Readable.prototype.removeAllListeners = function(ev) {
  const res = Stream.prototype.removeAllListeners.apply(this, arguments);
  if (ev === 'readable' || ev === undefined) process.nextTick(updateReadableListening, this);
  return res;
};

function updateReadableListening(self) {
  const state = self._readableState;
  if (self.listenerCount('readable') > 0) state[kState] |= kReadableListening;
  else state[kState] &= ~kReadableListening;
  if ((state[kState] & (kHasPaused | kPaused | kResumeScheduled)) ===
      (kHasPaused | kResumeScheduled)) {
    state.flowing = true;
  } else if ((state[kState] & kDataListening) !== 0) {
    self.resume();
  } else if ((state[kState] & kReadableListening) === 0) {
    state.flowing = null;
  }
}

function nReadingNextTick(self) {
  self.read(0);
}

Readable.prototype.resume = function() {
  const state = this._readableState;
  if ((state[kState] & kDestroyed) !== 0) return this;
  if (!state.flowing) {
    // With 'readable' listeners, resume() only marks the stream unpaused.
    state.flowing = (state[kState] & kReadableListening) === 0;
    if ((state[kState] & kResumeScheduled) === 0) {
      state[kState] |= kResumeScheduled;
      process.nextTick(resume_, this, state);
    }
  }
  state[kState] |= kHasPaused;
  state[kState] &= ~kPaused;
  return this;
};

function resume_(stream, state) {
  if ((state[kState] & kReading) === 0) stream.read(0);
  state[kState] &= ~kResumeScheduled;
  stream.emit('resume');
  flow(stream);
  if (state.flowing && (state[kState] & kReading) === 0) stream.read(0);
}

Readable.prototype.pause = function() {
  const state = this._readableState;
  if ((state[kState] & kDestroyed) !== 0) return this;
  if (state.flowing !== false) {
    state.flowing = false;
    this.emit('pause');
  }
  state[kState] |= kHasPaused | kPaused;
  return this;
};

function flow(stream) {
  const state = stream._readableState;
  while ((state[kState] & kFlowing) !== 0 && stream.read() !== null);
}

// Wraps an old-style stream (only 'data'/'end' events) as a Readable.
Readable.prototype.wrap = function(stream) {
  let paused = false;
  stream.on('data', (chunk) => {
    if (!this.push(chunk) && stream.pause) {
      paused = true;
      stream.pause();
    }
  });
  stream.on('end', () => { this.push(null); });
  stream.on('error', (err) => { errorOrDestroy(this, err); });
  stream.on('close', () => { this.destroy(); });
  stream.on('destroy', () => { this.destroy(); });
  this._read = () => {
    if (paused && stream.resume) {
      paused = false;
      stream.resume();
    }
  };
  for (const key of Object.keys(stream)) {
    if (this[key] === undefined && typeof stream[key] === 'function') {
      this[key] = stream[key].bind(stream);
    }
  }
  return this;
};

Readable.prototype[Symbol.asyncIterator] = function() {
  return streamToAsyncIterator(this);
};

Readable.prototype.iterator = function(options) {
  if (options !== undefined) validateObject(options, 'options');
  return streamToAsyncIterator(this, options);
};

function streamToAsyncIterator(stream, options) {
  if (typeof stream.read !== 'function') stream = Readable.wrap(stream, { objectMode: true });
  const iter = createAsyncIterator(stream, options);
  iter.stream = stream;
  return iter;
}

const AsyncIteratorPrototype = Object.getPrototypeOf(
  Object.getPrototypeOf(async function* () {}).prototype);

// The async iterator over a Readable (Node 26 shape: a plain iterator object,
// not an async generator). A buffered chunk is returned without waiting;
// otherwise next() waits for 'readable' or the end. Thenable chunks are
// unwrapped. Calls made while one is waiting are queued and served in order.
// Finishing (end, error, return/break) destroys the stream unless
// destroyOnReturn is false.
function createAsyncIterator(stream, options) {
  let wake = nop;
  // undefined: running; null: ended cleanly; otherwise the error.
  let error;
  let started = false;
  let completed = false;
  let busy = false;
  const pending = [];
  let serving = false;
  let cleanup;

  // The 'readable' listener (this === stream) and a promise executor at once.
  function wakeup(resolve) {
    if (this === stream) {
      const fn = wake;
      wake = nop;
      fn();
    } else {
      wake = resolve;
    }
  }

  function start() {
    started = true;
    stream.on('readable', wakeup);
    cleanup = eos(stream, { writable: false }, (err) => {
      error = err ? aggregateTwoErrors(error, err) : null;
      const fn = wake;
      wake = nop;
      fn();
    });
  }

  function finalize() {
    completed = true;
    if ((error || !options || options.destroyOnReturn !== false) &&
        (error === undefined || stream._readableState.autoDestroy)) {
      destroyImpl.destroyer(stream, null);
    } else {
      stream.off('readable', wakeup);
      cleanup();
    }
  }

  function fail(err, reject) {
    error = aggregateTwoErrors(error, err);
    finalize();
    reject(error);
  }

  function serveQueue() {
    if (serving) return;
    serving = true;
    try {
      while (!busy && pending.length) {
        const req = pending.shift();
        if (req.type === 'next') doNext(req.resolve, req.reject);
        else if (req.type === 'return') doReturn(req.value, req.resolve);
        else doThrow(req.value, req.reject);
      }
    } finally {
      serving = false;
    }
  }

  // Runs while busy: settles one next() request.
  function pump(resolve, reject) {
    const chunk = stream.destroyed ? null : stream.read();
    if (chunk !== null) {
      const then = chunk == null ? undefined : chunk.then;
      if (typeof then === 'function') {
        then.call(chunk, (value) => {
          busy = false;
          resolve({ done: false, value });
          if (pending.length) serveQueue();
        }, (err) => {
          busy = false;
          fail(err, reject);
          if (pending.length) serveQueue();
        });
        return;
      }
      busy = false;
      resolve({ done: false, value: chunk });
      if (pending.length) serveQueue();
    } else if (error) {
      busy = false;
      fail(error, reject);
      if (pending.length) serveQueue();
    } else if (error === null) {
      busy = false;
      finalize();
      resolve({ done: true, value: undefined });
      if (pending.length) serveQueue();
    } else {
      new Promise(wakeup).then(() => pump(resolve, reject));
    }
  }

  function doNext(resolve, reject) {
    if (completed) {
      resolve({ done: true, value: undefined });
      return;
    }
    if (!started) start();
    busy = true;
    pump(resolve, reject);
  }

  function doReturn(value, resolve) {
    if (!completed) {
      if (started) finalize();
      else completed = true;
    }
    resolve({ done: true, value });
  }

  function doThrow(err, reject) {
    if (completed || !started) {
      completed = true;
      reject(err);
      return;
    }
    fail(err, reject);
  }

  function enqueue(type, value) {
    return new Promise((resolve, reject) => {
      pending.push({ type, value, resolve, reject });
    });
  }

  return {
    __proto__: AsyncIteratorPrototype,
    next() {
      if (busy) return enqueue('next');
      if (completed) return Promise.resolve({ done: true, value: undefined });
      if (!started) start();
      const chunk = stream.destroyed ? null : stream.read();
      if (chunk !== null) {
        const then = chunk == null ? undefined : chunk.then;
        if (typeof then === 'function') {
          busy = true;
          return then.call(chunk, (value) => {
            busy = false;
            if (pending.length) serveQueue();
            return { done: false, value };
          }, (err) => {
            busy = false;
            error = aggregateTwoErrors(error, err);
            finalize();
            if (pending.length) serveQueue();
            throw error;
          });
        }
        return Promise.resolve({ done: false, value: chunk });
      }
      if (error) {
        finalize();
        return Promise.reject(error);
      }
      if (error === null) {
        finalize();
        return Promise.resolve({ done: true, value: undefined });
      }
      busy = true;
      return new Promise((resolve, reject) => {
        new Promise(wakeup).then(() => pump(resolve, reject));
      });
    },
    return(value) {
      if (busy) return enqueue('return', value);
      return new Promise((resolve) => doReturn(value, resolve));
    },
    throw(err) {
      if (busy) return enqueue('throw', err);
      return new Promise((resolve, reject) => doThrow(err, reject));
    },
  };
}

let composeImpl;
Readable.prototype.compose = function compose(stream, options) {
  if (options != null) validateObject(options, 'options');
  if (options && options.signal != null) validateAbortSignal(options.signal, 'options.signal');
  if (!composeImpl) composeImpl = require('internal/streams/compose');
  const composed = composeImpl(this, stream);
  if (options && options.signal) {
    require('internal/streams/add-abort-signal').addAbortSignalNoValidate(options.signal,
      composed);
  }
  return composed;
};

function defineGetter(name, get, set) {
  Object.defineProperty(Readable.prototype, name, {
    __proto__: null, enumerable: false, configurable: true, get, set,
  });
}

defineGetter('readable', function() {
  const r = this._readableState;
  return !!r && r.readable !== false &&
    (r[kState] & (kDestroyed | kErrorEmitted | kEndEmitted)) === 0;
}, function(val) {
  if (this._readableState) this._readableState.readable = !!val;
});
defineGetter('readableDidRead', function() { return this._readableState.dataEmitted; });
defineGetter('readableAborted', function() {
  const r = this._readableState;
  return !!(r.readable !== false && (r.destroyed || r.errored) && !r.endEmitted);
});
defineGetter('readableHighWaterMark', function() { return this._readableState.highWaterMark; });
defineGetter('readableBuffer', function() {
  return this._readableState && this._readableState.buffer;
});
defineGetter('readableFlowing', function() { return this._readableState.flowing; },
  function(state) { if (this._readableState) this._readableState.flowing = state; });
defineGetter('readableLength', function() { return this._readableState.length; });
defineGetter('readableObjectMode', function() {
  return this._readableState ? this._readableState.objectMode : false;
});
defineGetter('readableEncoding', function() {
  return this._readableState ? this._readableState.encoding : null;
});
defineGetter('errored', function() {
  return this._readableState ? this._readableState.errored : null;
});
defineGetter('closed', function() {
  return this._readableState ? this._readableState.closed : false;
});
defineGetter('destroyed', function() {
  return this._readableState ? (this._readableState[kState] & kDestroyed) !== 0 : false;
}, function(value) {
  if (!this._readableState) return;
  this._readableState.destroyed = value;
});
defineGetter('readableEnded', function() {
  return this._readableState ? (this._readableState[kState] & kEndEmitted) !== 0 : false;
});

// Takes n bytes/characters (or one object) off the front of the buffer.
function fromList(n, state) {
  const total = state.length;
  if (total === 0) return null;
  const buf = state.buffer;
  const len = buf.length;
  let idx = state.bufferIndex;
  let ret;

  if ((state[kState] & kObjectMode) !== 0) {
    ret = buf[idx];
    buf[idx++] = null;
  } else if (!n || n >= total) {
    // Everything that is buffered.
    if ((state[kState] & kDecoder) !== 0) {
      ret = '';
      while (idx < len) {
        ret += buf[idx];
        buf[idx++] = null;
      }
    } else if (len - idx === 1) {
      ret = buf[idx];
      buf[idx++] = null;
    } else {
      ret = getBuffer().allocUnsafe(total);
      let off = 0;
      while (idx < len) {
        const data = buf[idx];
        ret.set(data, off);
        off += data.length;
        buf[idx++] = null;
      }
    }
  } else {
    const first = buf[idx];
    if (n < first.length) {
      ret = first.slice(0, n);
      buf[idx] = first.slice(n);
    } else if (n === first.length) {
      ret = first;
      buf[idx++] = null;
    } else if ((state[kState] & kDecoder) !== 0) {
      ret = '';
      while (idx < len) {
        const str = buf[idx];
        if (n > str.length) {
          ret += str;
          n -= str.length;
          buf[idx++] = null;
        } else {
          if (n === str.length) {
            ret += str;
            buf[idx++] = null;
          } else {
            ret += str.slice(0, n);
            buf[idx] = str.slice(n);
          }
          break;
        }
      }
    } else {
      ret = getBuffer().allocUnsafe(n);
      const want = n;
      while (idx < len) {
        const data = buf[idx];
        if (n > data.length) {
          ret.set(data, want - n);
          n -= data.length;
          buf[idx++] = null;
        } else {
          if (n === data.length) {
            ret.set(data, want - n);
            buf[idx++] = null;
          } else {
            ret.set(data.subarray(0, n), want - n);
            buf[idx] = data.subarray(n);
          }
          break;
        }
      }
    }
  }

  if (idx === len) {
    buf.length = 0;
    state.bufferIndex = 0;
  } else if (idx > 1024 && idx * 2 >= len) {
    // Compact once at least half the array is consumed slots (amortised O(1)).
    buf.splice(0, idx);
    state.bufferIndex = 0;
  } else {
    state.bufferIndex = idx;
  }
  return ret;
}

function endReadable(stream) {
  const state = stream._readableState;
  if ((state[kState] & (kEndEmitted | kEndScheduled)) === 0) {
    state[kState] |= kEnded | kEndScheduled;
    process.nextTick(endReadableNT, state, stream);
  }
}

function endReadableNT(state, stream) {
  state[kState] &= ~kEndScheduled;
  if ((state[kState] & (kErrored | kCloseEmitted | kEndEmitted)) === 0 && state.length === 0) {
    state[kState] |= kEndEmitted;
    stream.emit('end');
    if (stream.writable && stream.allowHalfOpen === false) {
      process.nextTick(endWritableNT, stream);
    } else if ((state[kState] & kAutoDestroy) !== 0) {
      // A Duplex is destroyed only once both sides are done.
      const wState = stream._writableState;
      const autoDestroy = !wState ||
        (wState.autoDestroy && (wState.finished || wState.writable === false));
      if (autoDestroy) stream.destroy();
    }
  }
}

function endWritableNT(stream) {
  const writable = stream.writable && !stream.writableEnded && !stream.destroyed;
  if (writable) stream.end();
}

Readable.from = function(iterable, opts) {
  return from(Readable, iterable, opts);
};

function from(ReadableCtor, iterable, opts) {
  const Buffer = getBuffer();
  if (typeof iterable === 'string' || iterable instanceof Buffer) {
    return new ReadableCtor({
      objectMode: true,
      ...opts,
      read() {
        this.push(iterable);
        this.push(null);
      },
    });
  }

  let isAsync;
  let iterator;
  if (iterable && typeof iterable[Symbol.asyncIterator] === 'function') {
    isAsync = true;
    iterator = iterable[Symbol.asyncIterator]();
  } else if (iterable && typeof iterable[Symbol.iterator] === 'function') {
    isAsync = false;
    iterator = iterable[Symbol.iterator]();
  } else {
    throw new ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable);
  }

  const readable = new ReadableCtor({ objectMode: true, highWaterMark: 1, ...opts });
  let reading = false;
  let isAsyncValues = false;

  readable._read = function() {
    if (!reading) {
      reading = true;
      if (isAsync) nextAsync();
      else if (isAsyncValues) nextSyncWithAsyncValues();
      else nextSync();
    }
  };

  // A destroy option still runs first; then the iterator is closed.
  const originalDestroy = readable._destroy;
  readable._destroy = function(error, cb) {
    originalDestroy.call(this, error, (destroyError) => {
      const combined = destroyError || error;
      close(combined).then(
        () => process.nextTick(cb, combined),
        (closeError) => process.nextTick(cb, aggregateTwoErrors(combined, closeError)));
    });
  };

  async function close(error) {
    const hadError = error !== undefined && error !== null;
    const hasThrow = typeof iterator.throw === 'function';
    if (hadError && hasThrow) {
      const { value, done } = await iterator.throw(error);
      await value;
      if (done) return;
    }
    if (typeof iterator.return === 'function') {
      const { value } = await iterator.return();
      await value;
    }
  }

  // A sync iterator whose values are plain: pushed synchronously inside _read.
  function nextSync() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value && typeof value.then === 'function') {
          return changeToAsyncValues(value);
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  // A sync iterator that yielded a promise: from then on every value is awaited.
  async function changeToAsyncValues(value) {
    isAsyncValues = true;
    try {
      const res = await value;
      if (res === null) {
        reading = false;
        throw new ERR_STREAM_NULL_VALUES();
      }
      if (readable.push(res)) {
        nextSyncWithAsyncValues();
        return;
      }
      reading = false;
    } catch (err) {
      readable.destroy(err);
    }
  }

  async function nextSyncWithAsyncValues() {
    for (;;) {
      try {
        const { value, done } = iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        const res = (value && typeof value.then === 'function') ? await value : value;
        if (res === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(res)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  async function nextAsync() {
    for (;;) {
      try {
        const { value, done } = await iterator.next();
        if (done) {
          readable.push(null);
          return;
        }
        if (value === null) {
          reading = false;
          throw new ERR_STREAM_NULL_VALUES();
        }
        if (readable.push(value)) continue;
        reading = false;
      } catch (err) {
        readable.destroy(err);
      }
      break;
    }
  }

  return readable;
}

Readable.wrap = function(src, options) {
  return new Readable({
    objectMode: src.readableObjectMode != null ? src.readableObjectMode :
      (src.objectMode != null ? src.objectMode : true),
    ...options,
    destroy(err, callback) {
      destroyImpl.destroyer(src, err);
      callback(err);
    },
  }).wrap(src);
};

Readable._fromList = fromList;
Readable._from = from;

// Web streams are not built in yet: the adapters exist but report so.
Readable.fromWeb = function() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('Readable.fromWeb()');
};
Readable.toWeb = function() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('Readable.toWeb()');
};

module.exports = Readable;
