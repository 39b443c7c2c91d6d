'use strict';

// node:zlib — Node 26's lib/zlib.js shape: Transform streams over a native compression
// engine (a `ZLIB` async resource, internalBinding('zlib')), the callback/promise-friendly
// convenience functions, their *Sync forms, constants, codes and crc32. Asynchronous writes run
// on the thread pool; each completion enters the stream's ZLIB resource, as in Node.

const { Buffer } = require('buffer');
const { Transform, finished } = require('stream');
const {
  codes: {
    ERR_BROTLI_INVALID_PARAM,
    ERR_BUFFER_TOO_LARGE,
    ERR_INVALID_ARG_TYPE,
    ERR_OUT_OF_RANGE,
    ERR_ZLIB_INITIALIZATION_FAILED,
  },
} = require('internal/errors');
const { validateFunction, validateNumber, validateUint32, validateBoolean } =
  require('internal/validators');

const binding = internalBinding('zlib');

// Node's constants, in Node's order (zstd's are listed though zstd itself is not available).
const constantValues = {
  Z_NO_FLUSH: 0, Z_PARTIAL_FLUSH: 1, Z_SYNC_FLUSH: 2, Z_FULL_FLUSH: 3, Z_FINISH: 4, Z_BLOCK: 5,
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2, Z_DATA_ERROR: -3,
  Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
  Z_NO_COMPRESSION: 0, Z_BEST_SPEED: 1, Z_BEST_COMPRESSION: 9, Z_DEFAULT_COMPRESSION: -1,
  Z_FILTERED: 1, Z_HUFFMAN_ONLY: 2, Z_RLE: 3, Z_FIXED: 4, Z_DEFAULT_STRATEGY: 0,
  ZLIB_VERNUM: 4897,
  DEFLATE: 1, INFLATE: 2, GZIP: 3, GUNZIP: 4, DEFLATERAW: 5, INFLATERAW: 6, UNZIP: 7,
  BROTLI_DECODE: 8, BROTLI_ENCODE: 9, ZSTD_DECOMPRESS: 11, ZSTD_COMPRESS: 10,
  Z_MIN_WINDOWBITS: 8, Z_MAX_WINDOWBITS: 15, Z_DEFAULT_WINDOWBITS: 15,
  Z_MIN_CHUNK: 64, Z_MAX_CHUNK: Infinity, Z_DEFAULT_CHUNK: 16384,
  Z_MIN_MEMLEVEL: 1, Z_MAX_MEMLEVEL: 9, Z_DEFAULT_MEMLEVEL: 8,
  Z_MIN_LEVEL: -1, Z_MAX_LEVEL: 9, Z_DEFAULT_LEVEL: -1,
  BROTLI_OPERATION_PROCESS: 0, BROTLI_OPERATION_FLUSH: 1, BROTLI_OPERATION_FINISH: 2,
  BROTLI_OPERATION_EMIT_METADATA: 3,
  BROTLI_PARAM_MODE: 0, BROTLI_MODE_GENERIC: 0, BROTLI_MODE_TEXT: 1, BROTLI_MODE_FONT: 2,
  BROTLI_DEFAULT_MODE: 0, BROTLI_PARAM_QUALITY: 1, BROTLI_MIN_QUALITY: 0, BROTLI_MAX_QUALITY: 11,
  BROTLI_DEFAULT_QUALITY: 11, BROTLI_PARAM_LGWIN: 2, BROTLI_MIN_WINDOW_BITS: 10,
  BROTLI_MAX_WINDOW_BITS: 24, BROTLI_LARGE_MAX_WINDOW_BITS: 30, BROTLI_DEFAULT_WINDOW: 22,
  BROTLI_PARAM_LGBLOCK: 3, BROTLI_MIN_INPUT_BLOCK_BITS: 16, BROTLI_MAX_INPUT_BLOCK_BITS: 24,
  BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING: 4, BROTLI_PARAM_SIZE_HINT: 5,
  BROTLI_PARAM_LARGE_WINDOW: 6, BROTLI_PARAM_NPOSTFIX: 7, BROTLI_PARAM_NDIRECT: 8,
  BROTLI_DECODER_RESULT_ERROR: 0, BROTLI_DECODER_RESULT_SUCCESS: 1,
  BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT: 2, BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION: 0, BROTLI_DECODER_PARAM_LARGE_WINDOW: 1,
  BROTLI_DECODER_NO_ERROR: 0, BROTLI_DECODER_SUCCESS: 1, BROTLI_DECODER_NEEDS_MORE_INPUT: 2,
  BROTLI_DECODER_NEEDS_MORE_OUTPUT: 3,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE: -1, BROTLI_DECODER_ERROR_FORMAT_RESERVED: -2,
  BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE: -3,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET: -4,
  BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME: -5, BROTLI_DECODER_ERROR_FORMAT_CL_SPACE: -6,
  BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE: -7,
  BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT: -8,
  BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1: -9, BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2: -10,
  BROTLI_DECODER_ERROR_FORMAT_TRANSFORM: -11, BROTLI_DECODER_ERROR_FORMAT_DICTIONARY: -12,
  BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS: -13, BROTLI_DECODER_ERROR_FORMAT_PADDING_1: -14,
  BROTLI_DECODER_ERROR_FORMAT_PADDING_2: -15, BROTLI_DECODER_ERROR_FORMAT_DISTANCE: -16,
  BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET: -19, BROTLI_DECODER_ERROR_INVALID_ARGUMENTS: -20,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES: -21, BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS: -22,
  BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP: -25, BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1: -26,
  BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2: -27, BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES: -30,
  BROTLI_DECODER_ERROR_UNREACHABLE: -31,
  ZSTD_e_continue: 0, ZSTD_e_flush: 1, ZSTD_e_end: 2, ZSTD_fast: 1, ZSTD_dfast: 2, ZSTD_greedy: 3,
  ZSTD_lazy: 4, ZSTD_lazy2: 5, ZSTD_btlazy2: 6, ZSTD_btopt: 7, ZSTD_btultra: 8, ZSTD_btultra2: 9,
  ZSTD_c_compressionLevel: 100, ZSTD_c_windowLog: 101, ZSTD_c_hashLog: 102, ZSTD_c_chainLog: 103,
  ZSTD_c_searchLog: 104, ZSTD_c_minMatch: 105, ZSTD_c_targetLength: 106, ZSTD_c_strategy: 107,
  ZSTD_c_enableLongDistanceMatching: 160, ZSTD_c_ldmHashLog: 161, ZSTD_c_ldmMinMatch: 162,
  ZSTD_c_ldmBucketSizeLog: 163, ZSTD_c_ldmHashRateLog: 164, ZSTD_c_contentSizeFlag: 200,
  ZSTD_c_checksumFlag: 201, ZSTD_c_dictIDFlag: 202, ZSTD_c_nbWorkers: 400, ZSTD_c_jobSize: 401,
  ZSTD_c_overlapLog: 402, ZSTD_d_windowLogMax: 100, ZSTD_CLEVEL_DEFAULT: 3,
  ZSTD_error_no_error: 0, ZSTD_error_GENERIC: 1, ZSTD_error_prefix_unknown: 10,
  ZSTD_error_version_unsupported: 12, ZSTD_error_frameParameter_unsupported: 14,
  ZSTD_error_frameParameter_windowTooLarge: 16, ZSTD_error_corruption_detected: 20,
  ZSTD_error_checksum_wrong: 22, ZSTD_error_literals_headerWrong: 24,
  ZSTD_error_dictionary_corrupted: 30, ZSTD_error_dictionary_wrong: 32,
  ZSTD_error_dictionaryCreation_failed: 34, ZSTD_error_parameter_unsupported: 40,
  ZSTD_error_parameter_combination_unsupported: 41, ZSTD_error_parameter_outOfBound: 42,
  ZSTD_error_tableLog_tooLarge: 44, ZSTD_error_maxSymbolValue_tooLarge: 46,
  ZSTD_error_maxSymbolValue_tooSmall: 48, ZSTD_error_stabilityCondition_notRespected: 50,
  ZSTD_error_stage_wrong: 60, ZSTD_error_init_missing: 62, ZSTD_error_memory_allocation: 64,
  ZSTD_error_workSpace_tooSmall: 66, ZSTD_error_dstSize_tooSmall: 70, ZSTD_error_srcSize_wrong: 72,
  ZSTD_error_dstBuffer_null: 74, ZSTD_error_noForwardProgress_destFull: 80,
  ZSTD_error_noForwardProgress_inputEmpty: 82,
};
// A null-prototype object of read-only properties (extensible, as Node's binding object is).
const constants = Object.create(null);
for (const key of Object.keys(constantValues)) {
  Object.defineProperty(constants, key, {
    value: constantValues[key], writable: false, enumerable: true, configurable: false,
  });
}

const {
  Z_NO_FLUSH, Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH, Z_MIN_CHUNK, Z_DEFAULT_CHUNK,
  Z_MIN_WINDOWBITS, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS, Z_MIN_LEVEL, Z_MAX_LEVEL,
  Z_DEFAULT_COMPRESSION, Z_MIN_MEMLEVEL, Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL, Z_DEFAULT_STRATEGY,
  Z_FIXED, DEFLATE, INFLATE, GZIP, GUNZIP, DEFLATERAW, INFLATERAW, UNZIP, BROTLI_DECODE,
  BROTLI_ENCODE, BROTLI_OPERATION_PROCESS, BROTLI_OPERATION_FLUSH, BROTLI_OPERATION_FINISH,
} = constants;

// zlib's return codes by number and by name, as `zlib.codes`.
const codes = {
  Z_OK: 0, Z_STREAM_END: 1, Z_NEED_DICT: 2, Z_ERRNO: -1, Z_STREAM_ERROR: -2,
  Z_DATA_ERROR: -3, Z_MEM_ERROR: -4, Z_BUF_ERROR: -5, Z_VERSION_ERROR: -6,
};
for (const name of Object.keys(codes)) codes[codes[name]] = name;
Object.freeze(codes);

const kMaxLength = 2 ** 53 - 1;
const kFlushFlag = Symbol('kFlushFlag');
const kError = Symbol('kError');
const kHandleId = Symbol('kHandleId');
const kOutTotal = Symbol('kOutTotal');
// Zero-length chunks that carry a flush kind from flush() to _transform().
const kFlushBuffers = [];
for (let kind = 0; kind <= 5; kind++) {
  kFlushBuffers[kind] = Buffer.alloc(0);
  kFlushBuffers[kind][kFlushFlag] = kind;
}

// Node's option checks: undefined/NaN mean "use the default"; other non-numbers are type errors.
function checkFiniteNumber(number, name) {
  if (number === undefined) return false;
  if (Number.isFinite(number)) return true;
  if (Number.isNaN(number)) return false;
  validateNumber(number, name);
  throw new ERR_OUT_OF_RANGE(name, 'a finite number', number);
}

function checkRangesOrGetDefault(number, name, lower, upper, def) {
  if (!checkFiniteNumber(number, name)) return def;
  if (number < lower || number > upper) {
    throw new ERR_OUT_OF_RANGE(name, `>= ${lower} and <= ${upper}`, number);
  }
  return number;
}

function isArrayBufferView(v) { return ArrayBuffer.isView(v); }
function isAnyArrayBuffer(v) {
  return v instanceof ArrayBuffer ||
    (typeof SharedArrayBuffer !== 'undefined' && v instanceof SharedArrayBuffer);
}
function toU8(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

// The resource object hooks see; `oncomplete` receives a write's result.
class ZlibHandle {}

// Frees the engine of a stream that is collected without being closed.
const engineRegistry = typeof FinalizationRegistry === 'function' ?
  new FinalizationRegistry((id) => binding.close(id)) : null;

function zlibError(code, message, name) {
  const err = new Error(message);
  err.errno = code;
  err.code = name;
  return err;
}

function maxFlush(a, b) {
  // Node orders flush kinds so that Z_FINISH dominates; Z_BLOCK sits between.
  const order = [0, 1, 2, 3, 5, 4];
  return order.indexOf(a) > order.indexOf(b) ? a : b;
}

const FLUSH_BOUNDS_NORMAL = [Z_NO_FLUSH, 5];
const FLUSH_BOUNDS_BROTLI = [BROTLI_OPERATION_PROCESS, 3];

class ZlibBase extends Transform {
  constructor(opts, mode, flushDefaults, initArgs) {
    let chunkSize = Z_DEFAULT_CHUNK;
    let maxOutputLength = kMaxLength;
    let { flush, finishFlush, fullFlush } = flushDefaults;
    const bounds = (mode === BROTLI_ENCODE || mode === BROTLI_DECODE) ?
      FLUSH_BOUNDS_BROTLI : FLUSH_BOUNDS_NORMAL;
    if (opts) {
      chunkSize = opts.chunkSize;
      if (!checkFiniteNumber(chunkSize, 'options.chunkSize')) {
        chunkSize = Z_DEFAULT_CHUNK;
      } else if (chunkSize < Z_MIN_CHUNK) {
        throw new ERR_OUT_OF_RANGE('options.chunkSize', `>= ${Z_MIN_CHUNK}`, chunkSize);
      }
      flush = checkRangesOrGetDefault(opts.flush, 'options.flush', bounds[0], bounds[1], flush);
      finishFlush = checkRangesOrGetDefault(opts.finishFlush, 'options.finishFlush',
                                            bounds[0], bounds[1], finishFlush);
      maxOutputLength = checkRangesOrGetDefault(opts.maxOutputLength, 'options.maxOutputLength',
                                                1, kMaxLength, kMaxLength);
      if (opts.rejectGarbageAfterEnd !== undefined) {
        validateBoolean(opts.rejectGarbageAfterEnd, 'options.rejectGarbageAfterEnd');
      }
      if (opts.encoding || opts.objectMode || opts.writableObjectMode) {
        opts = { ...opts, encoding: null, objectMode: false, writableObjectMode: false };
      }
    }
    super({ autoDestroy: true, ...opts });
    const handle = new ZlibHandle();
    const id = binding.init(handle, mode, ...initArgs);
    if (typeof id === 'string') throw new ERR_ZLIB_INITIALIZATION_FAILED();
    this[kError] = null;
    this[kHandleId] = id;
    engineRegistry?.register(this, id);
    this.bytesWritten = 0;
    this._handle = handle;
    this._outBuffer = null;
    // Fill level of the current chunkSize output buffer (Node's avail_out bookkeeping).
    this._outOffset = 0;
    this[kOutTotal] = 0;
    this._chunkSize = chunkSize;
    this._defaultFlushFlag = flush;
    this._finishFlushFlag = finishFlush;
    this._defaultFullFlushFlag = fullFlush;
    this._info = opts?.info;
    this._maxOutputLength = maxOutputLength;
  }

  get _closed() { return !this._handle; }

  reset() {
    if (!this._handle) throw new Error('zlib binding closed');
    return binding.reset(this[kHandleId]);
  }

  _flush(callback) {
    this._transform(Buffer.alloc(0), '', callback);
  }

  _final(callback) {
    callback();
  }

  flush(kind, callback) {
    if (typeof kind === 'function' || (kind === undefined && !callback)) {
      callback = kind;
      kind = this._defaultFullFlushFlag;
    }
    const bounds = (this instanceof BrotliCompress || this instanceof BrotliDecompress) ?
      FLUSH_BOUNDS_BROTLI : FLUSH_BOUNDS_NORMAL;
    kind = checkRangesOrGetDefault(kind, 'kind', bounds[0], bounds[1],
                                   this._defaultFullFlushFlag);
    if (this.writableFinished) {
      if (callback) process.nextTick(callback);
    } else if (this.writableEnded) {
      if (callback) this.once('end', callback);
    } else {
      this.write(kFlushBuffers[kind], '', callback);
    }
  }

  close(callback) {
    if (callback) finished(this, callback);
    this.destroy();
  }

  _destroy(err, callback) {
    closeEngine(this);
    callback(err);
  }

  _transform(chunk, encoding, cb) {
    let flushFlag = this._defaultFlushFlag;
    if (typeof chunk[kFlushFlag] === 'number') flushFlag = chunk[kFlushFlag];
    // The last chunk of the stream also carries the finishing flush.
    if (this.writableEnded && this.writableLength === chunk.byteLength) {
      flushFlag = maxFlush(flushFlag, this._finishFlushFlag);
    }
    processChunk(this, chunk, flushFlag, cb);
  }

  _processChunk(chunk, flushFlag, cb) {
    if (typeof cb === 'function') return processChunk(this, chunk, flushFlag, cb);
    return processChunkSync(this, chunk, flushFlag);
  }
}

function closeEngine(engine) {
  if (!engine._handle) return;
  binding.close(engine[kHandleId]);
  engine._handle = null;
}

// Node's write loop: each thread-pool trip may fill what is left of the current chunkSize
// output buffer; a full buffer means more output may be pending, so the rest of the input is
// written again (another trip inside the same ZLIB resource). Each trip's output is pushed.
function processChunk(self, chunk, flushFlag, cb) {
  const handle = self._handle;
  if (!handle) {
    process.nextTick(cb);
    return;
  }
  let input = toU8(chunk);
  const writeNext = () => {
    const rc = binding.write(self[kHandleId], flushFlag, input, self._chunkSize - self._outOffset);
    if (rc !== 0) {
      handle.oncomplete = null;
      process.nextTick(cb, zlibError(rc, 'zlib binding closed', codes[rc]));
    }
  };
  handle.oncomplete = (code, result, name, consumed) => {
    if (self.destroyed) {
      handle.oncomplete = null;
      cb();
      return;
    }
    if (code !== 0) {
      handle.oncomplete = null;
      const err = zlibError(code, result, name);
      self[kError] = err;
      self.destroy(err);
      return;
    }
    const have = result.byteLength;
    const availOutAfter = self._chunkSize - self._outOffset - have;
    self.bytesWritten += consumed;
    self[kOutTotal] += have;
    if (self[kOutTotal] > self._maxOutputLength) {
      handle.oncomplete = null;
      const err = new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
      self[kError] = err;
      self.destroy(err);
      return;
    }
    if (have > 0) {
      self._outOffset += have;
      self.push(Buffer.from(result));
    }
    input = input.subarray(consumed);
    if (availOutAfter === 0 || self._outOffset >= self._chunkSize) self._outOffset = 0;
    if (availOutAfter === 0) {
      writeNext();
      return;
    }
    handle.oncomplete = null;
    // Unconsumed input with room to spare: the compressed stream ended early.
    if (input.length > 0) self.push(null);
    cb();
  };
  writeNext();
}

function processChunkSync(self, chunk, flushFlag) {
  if (!self._handle) throw new Error('zlib binding closed');
  const [code, result, name] = binding.writeSync(self[kHandleId], flushFlag, toU8(chunk));
  if (code !== 0) {
    const err = zlibError(code, result, name);
    closeEngine(self);
    throw err;
  }
  self.bytesWritten += chunk.byteLength;
  const buf = Buffer.from(result);
  if (buf.length > self._maxOutputLength) {
    closeEngine(self);
    throw new ERR_BUFFER_TOO_LARGE(self._maxOutputLength);
  }
  return buf;
}

const zlibDefaultFlush = { flush: Z_NO_FLUSH, finishFlush: Z_FINISH, fullFlush: Z_FULL_FLUSH };
const brotliDefaultFlush = {
  flush: BROTLI_OPERATION_PROCESS,
  finishFlush: BROTLI_OPERATION_FINISH,
  fullFlush: BROTLI_OPERATION_FLUSH,
};

function zlibInitArgs(opts, mode) {
  let windowBits = Z_DEFAULT_WINDOWBITS;
  let level = Z_DEFAULT_COMPRESSION;
  let memLevel = Z_DEFAULT_MEMLEVEL;
  let strategy = Z_DEFAULT_STRATEGY;
  let dictionary;
  if (opts) {
    // For decompression, windowBits 0 means "take it from the stream's header".
    if ((opts.windowBits == null || opts.windowBits === 0) &&
        (mode === INFLATE || mode === GUNZIP || mode === UNZIP)) {
      windowBits = 0;
    } else {
      const min = Z_MIN_WINDOWBITS + (mode === GZIP ? 1 : 0);
      windowBits = checkRangesOrGetDefault(opts.windowBits, 'options.windowBits',
                                           min, Z_MAX_WINDOWBITS, Z_DEFAULT_WINDOWBITS);
    }
    level = checkRangesOrGetDefault(opts.level, 'options.level', Z_MIN_LEVEL, Z_MAX_LEVEL,
                                    Z_DEFAULT_COMPRESSION);
    memLevel = checkRangesOrGetDefault(opts.memLevel, 'options.memLevel', Z_MIN_MEMLEVEL,
                                       Z_MAX_MEMLEVEL, Z_DEFAULT_MEMLEVEL);
    strategy = checkRangesOrGetDefault(opts.strategy, 'options.strategy', Z_DEFAULT_STRATEGY,
                                       Z_FIXED, Z_DEFAULT_STRATEGY);
    dictionary = opts.dictionary;
    if (dictionary !== undefined && !isArrayBufferView(dictionary)) {
      if (isAnyArrayBuffer(dictionary)) {
        dictionary = Buffer.from(dictionary);
      } else {
        throw new ERR_INVALID_ARG_TYPE('options.dictionary',
                                       ['Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                       dictionary);
      }
    }
  }
  return { level, strategy, args: [level, windowBits, memLevel, strategy,
                                   dictionary === undefined ? undefined : toU8(dictionary)] };
}

class Zlib extends ZlibBase {
  constructor(opts, mode) {
    const init = zlibInitArgs(opts, mode);
    super(opts, mode, zlibDefaultFlush, init.args);
    this._level = init.level;
    this._strategy = init.strategy;
    this._mode = mode;
  }

  params(level, strategy, callback) {
    checkRangesOrGetDefault(level, 'level', Z_MIN_LEVEL, Z_MAX_LEVEL);
    checkRangesOrGetDefault(strategy, 'strategy', Z_DEFAULT_STRATEGY, Z_FIXED);
    if (this._level !== level || this._strategy !== strategy) {
      this.flush(Z_SYNC_FLUSH, () => {
        if (this._handle) {
          binding.params(this[kHandleId], level, strategy);
          if (!this.destroyed) {
            this._level = level;
            this._strategy = strategy;
            if (callback) callback();
          }
        }
      });
    } else {
      process.nextTick(callback);
    }
  }
}

class Deflate extends Zlib { constructor(opts) { super(opts, DEFLATE); } }
class Inflate extends Zlib { constructor(opts) { super(opts, INFLATE); } }
class Gzip extends Zlib { constructor(opts) { super(opts, GZIP); } }
class Gunzip extends Zlib { constructor(opts) { super(opts, GUNZIP); } }
class DeflateRaw extends Zlib {
  constructor(opts) {
    // Node quietly raises windowBits 8 to 9 for raw deflate (zlib rejects 8 there).
    if (opts && opts.windowBits === 8) opts = { ...opts, windowBits: 9 };
    super(opts, DEFLATERAW);
  }
}
class InflateRaw extends Zlib { constructor(opts) { super(opts, INFLATERAW); } }
class Unzip extends Zlib { constructor(opts) { super(opts, UNZIP); } }

// Brotli parameter keys Node accepts (BROTLI_PARAM_* / BROTLI_DECODER_PARAM_*).
const kMaxBrotliParam = 8;

function brotliInitArgs(opts) {
  const pairs = [];
  if (opts?.params) {
    for (const origKey of Object.keys(opts.params)) {
      const key = +origKey;
      if (Number.isNaN(key) || key < 0 || key > kMaxBrotliParam) {
        throw new ERR_BROTLI_INVALID_PARAM(origKey);
      }
      const value = opts.params[origKey];
      if (typeof value !== 'number' && typeof value !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.params[key]', 'number', opts.params[origKey]);
      }
      pairs.push(key, Number(value) >>> 0);
    }
  }
  const packed = new Uint32Array(pairs);
  return [0, 0, 0, 0, new Uint8Array(packed.buffer)];
}

class BrotliCompress extends ZlibBase {
  constructor(opts) { super(opts, BROTLI_ENCODE, brotliDefaultFlush, brotliInitArgs(opts)); }
}
class BrotliDecompress extends ZlibBase {
  constructor(opts) { super(opts, BROTLI_DECODE, brotliDefaultFlush, brotliInitArgs(opts)); }
}
// Node's Brotli prototypes sit on Zlib's (they inherit params(), a no-op for brotli streams).
Object.setPrototypeOf(BrotliCompress.prototype, Zlib.prototype);
Object.setPrototypeOf(BrotliDecompress.prototype, Zlib.prototype);

function toInputBuffer(buffer) {
  if (typeof buffer === 'string') return Buffer.from(buffer);
  if (isArrayBufferView(buffer)) return buffer;
  if (isAnyArrayBuffer(buffer)) return Buffer.from(buffer);
  throw new ERR_INVALID_ARG_TYPE('buffer',
                                 ['string', 'Buffer', 'TypedArray', 'DataView', 'ArrayBuffer'],
                                 buffer);
}

function zlibBufferSync(engine, buffer) {
  buffer = toInputBuffer(buffer);
  let result;
  try {
    result = processChunkSync(engine, buffer, engine._finishFlushFlag);
  } finally {
    closeEngine(engine);
  }
  return engine._info ? { buffer: result, engine } : result;
}

function zlibBuffer(engine, buffer, callback) {
  validateFunction(callback, 'callback');
  // Streams take Uint8Arrays; other views and ArrayBuffers are wrapped without copying.
  // Anything else is rejected by write() itself ("chunk"), as in Node.
  if (isArrayBufferView(buffer) && !(buffer instanceof Uint8Array)) {
    buffer = Buffer.from(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } else if (isAnyArrayBuffer(buffer)) {
    buffer = Buffer.from(buffer);
  }
  const chunks = [];
  let nread = 0;
  engine.on('data', (chunk) => {
    chunks.push(chunk);
    nread += chunk.length;
  });
  engine.on('error', function onError(err) {
    this.removeAllListeners('end');
    callback(err);
  });
  engine.on('end', function onEnd() {
    const buf = nread === 0 ? Buffer.alloc(0) :
      (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, nread));
    this.close();
    callback(null, this._info ? { buffer: buf, engine: this } : buf);
  });
  engine.end(buffer);
}

function crc32(data, value = 0) {
  if (typeof data !== 'string' && !isArrayBufferView(data)) {
    throw new ERR_INVALID_ARG_TYPE('data', ['string', 'Buffer', 'TypedArray', 'DataView'], data);
  }
  validateUint32(value, 'value');
  const bytes = typeof data === 'string' ? Buffer.from(data) : toU8(data);
  return binding.crc32(bytes, value);
}

module.exports = {
  crc32,
  Deflate, Inflate, Gzip, Gunzip, DeflateRaw, InflateRaw, Unzip, BrotliCompress, BrotliDecompress,
};

const forms = [
  ['deflate', Deflate], ['gzip', Gzip], ['deflateRaw', DeflateRaw], ['unzip', Unzip],
  ['inflate', Inflate], ['gunzip', Gunzip], ['inflateRaw', InflateRaw],
  ['brotliCompress', BrotliCompress], ['brotliDecompress', BrotliDecompress],
];
for (const [name, Ctor] of forms) {
  // Node's wrappers are named asyncBufferWrapper / syncBufferWrapper.
  const asyncForm = {
    asyncBufferWrapper(buffer, opts, callback) {
      if (typeof opts === 'function') {
        callback = opts;
        opts = {};
      }
      return zlibBuffer(new Ctor(opts), buffer, callback);
    },
  }.asyncBufferWrapper;
  const syncForm = {
    syncBufferWrapper(buffer, opts) {
      return zlibBufferSync(new Ctor(opts), buffer);
    },
  }.syncBufferWrapper;
  module.exports[name] = asyncForm;
  module.exports[`${name}Sync`] = syncForm;
}
for (const [name, Ctor] of [['Deflate', Deflate], ['Inflate', Inflate], ['DeflateRaw', DeflateRaw],
  ['InflateRaw', InflateRaw], ['Gzip', Gzip], ['Gunzip', Gunzip], ['Unzip', Unzip],
  ['BrotliCompress', BrotliCompress], ['BrotliDecompress', BrotliDecompress]]) {
  module.exports[`create${name}`] = { [`create${name}`](opts) { return new Ctor(opts); } }[`create${name}`];
}
Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  codes: { value: codes, writable: false, enumerable: true, configurable: false },
});

// Legacy: the zlib constants (not brotli's) also sit on the module, non-enumerable.
for (const key of Object.keys(constants)) {
  if (key.startsWith('BROTLI') || key.startsWith('ZSTD')) continue;
  Object.defineProperty(module.exports, key, {
    enumerable: false, value: constants[key], writable: false,
  });
}
