// finished(stream, [options], callback) (mirrors Node's
// lib/internal/streams/end-of-stream.js): calls back once when a stream is done
// reading and/or writing, errored, or closed early (ERR_STREAM_PREMATURE_CLOSE),
// and returns a function that removes its listeners.
'use strict';

const { AbortError, codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE, ERR_STREAM_PREMATURE_CLOSE } = codes;
const {
  validateAbortSignal, validateFunction, validateObject, validateBoolean,
} = require('internal/validators');
const {
  isClosed, isReadable, isReadableNodeStream, isReadableFinished, isReadableErrored,
  isWritable, isWritableNodeStream, isWritableFinished, isWritableErrored, isNodeStream,
  willEmitClose: _willEmitClose,
} = require('internal/streams/utils');

function nop() {}

const asyncWrap = internalBinding('async_wrap');
let AsyncResource;

function isRequest(stream) {
  return stream.setHeader && typeof stream.abort === 'function';
}

function once(fn) {
  let called = false;
  return function(...args) {
    if (called) return;
    called = true;
    return Reflect.apply(fn, this, args);
  };
}

// The error finished() reports for a stream that has errored (or null).
function getEosErrored(stream) {
  const errored = isWritableErrored(stream) || isReadableErrored(stream);
  return (typeof errored !== 'boolean' && errored) || null;
}

// The error for a stream that closed: its own error, a premature close, or null.
function getEosOnCloseError(stream, readable, readableFinished, writable, writableFinished) {
  const errored = getEosErrored(stream);
  if (errored) return errored;
  if (readable && !readableFinished && isReadableNodeStream(stream, true) &&
      !isReadableFinished(stream, false)) {
    return new ERR_STREAM_PREMATURE_CLOSE();
  }
  if (writable && !writableFinished && !isWritableFinished(stream, false)) {
    return new ERR_STREAM_PREMATURE_CLOSE();
  }
  return null;
}

// The callback runs in the async context of the finished() call, like Node's
// STREAM_END_OF_STREAM resource (only made when hooks or a context exist).
function bindAsyncResource(fn, type) {
  if (!AsyncResource) AsyncResource = require('internal/async_resource').AsyncResource;
  const resource = new AsyncResource(type);
  return function(...args) {
    return resource.runInAsyncScope(fn, this, ...args);
  };
}

function eos(stream, options, callback) {
  if (arguments.length === 2) {
    callback = options;
    options = {};
  } else if (options == null) {
    options = {};
  } else {
    validateObject(options, 'options');
  }
  validateFunction(callback, 'callback');
  validateAbortSignal(options.signal, 'options.signal');

  if (!isNodeStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
      stream);
  }

  const readable = options.readable != null ? options.readable : isReadableNodeStream(stream);
  const writable = options.writable != null ? options.writable : isWritableNodeStream(stream);

  // With a 'close' to come, wait for it so the callback sees the final state.
  let willEmitClose = _willEmitClose(stream) &&
    isReadableNodeStream(stream) === readable && isWritableNodeStream(stream) === writable;
  let writableFinished = isWritableFinished(stream, false);
  let readableFinished = isReadableFinished(stream, false);

  const wState = stream._writableState;
  const rState = stream._readableState;

  // Already decided at call time? (undefined: not yet; null: success.)
  let immediateResult;
  if (isClosed(stream)) {
    immediateResult = getEosOnCloseError(stream, readable, readableFinished, writable,
      writableFinished);
  } else if ((wState && wState.errorEmitted) || (rState && rState.errorEmitted)) {
    if (!willEmitClose) immediateResult = getEosErrored(stream);
  } else if (!readable && (!willEmitClose || isReadable(stream)) &&
             (writableFinished || isWritable(stream) === false) &&
             (wState == null || wState.pendingcb === undefined || wState.pendingcb === 0)) {
    immediateResult = getEosErrored(stream);
  } else if (!writable && (!willEmitClose || isWritable(stream)) &&
             (readableFinished || isReadable(stream) === false)) {
    immediateResult = getEosErrored(stream);
  } else if (rState && stream.req && stream.aborted) {
    immediateResult = getEosErrored(stream);
  }

  let cleanup = () => {
    callback = nop;
  };
  if (immediateResult !== undefined) {
    if (options.error !== false) {
      // A later 'error' must not go unhandled because we listened for nothing.
      stream.on('error', nop);
      cleanup = () => {
        callback = nop;
        stream.removeListener('error', nop);
      };
    }
  } else if (options.signal && options.signal.aborted) {
    immediateResult = new AbortError(undefined, { cause: options.signal.reason });
  }

  if (asyncWrap.getFrame() !== undefined || asyncWrap.hooksEnabled()) {
    callback = bindAsyncResource(callback, 'STREAM_END_OF_STREAM');
  }

  if (immediateResult !== undefined) {
    process.nextTick(() => {
      Reflect.apply(callback, stream, immediateResult === null ? [] : [immediateResult]);
    });
    return cleanup;
  }

  callback = once(callback);

  const onlegacyfinish = () => {
    if (!stream.writable) onfinish();
  };

  const onfinish = () => {
    writableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.readable || readable)) return;
    if (!readable || readableFinished) callback.call(stream);
  };

  const onend = () => {
    readableFinished = true;
    if (stream.destroyed) willEmitClose = false;
    if (willEmitClose && (!stream.writable || writable)) return;
    if (!writable || writableFinished) callback.call(stream);
  };

  const onerror = (err) => {
    callback.call(stream, err);
  };

  const onclose = () => {
    const error = getEosOnCloseError(stream, readable, readableFinished, writable,
      writableFinished);
    if (error === null) callback.call(stream);
    else callback.call(stream, error);
  };

  const onrequest = () => {
    stream.req.on('finish', onfinish);
  };

  if (isRequest(stream)) {
    stream.on('complete', onfinish);
    if (!willEmitClose) stream.on('abort', onclose);
    if (stream.req) onrequest();
    else stream.on('request', onrequest);
  } else if (writable && !wState) {
    // Legacy streams (no _writableState).
    stream.on('end', onlegacyfinish);
    stream.on('close', onlegacyfinish);
  }

  if (!willEmitClose && typeof stream.aborted === 'boolean') stream.on('aborted', onclose);

  stream.on('end', onend);
  stream.on('finish', onfinish);
  if (options.error !== false) stream.on('error', onerror);
  stream.on('close', onclose);

  cleanup = () => {
    callback = nop;
    stream.removeListener('aborted', onclose);
    stream.removeListener('complete', onfinish);
    stream.removeListener('abort', onclose);
    stream.removeListener('request', onrequest);
    if (stream.req) stream.req.removeListener('finish', onfinish);
    stream.removeListener('end', onlegacyfinish);
    stream.removeListener('close', onlegacyfinish);
    stream.removeListener('finish', onfinish);
    stream.removeListener('end', onend);
    stream.removeListener('error', onerror);
    stream.removeListener('close', onclose);
  };

  if (options.signal) {
    const signal = options.signal;
    const abort = () => {
      const endCallback = callback;
      cleanup();
      endCallback.call(stream, new AbortError(undefined, { cause: signal.reason }));
    };
    signal.addEventListener('abort', abort, { once: true });
    const originalCallback = callback;
    callback = once((...args) => {
      signal.removeEventListener('abort', abort);
      Reflect.apply(originalCallback, stream, args);
    });
  }

  return cleanup;
}

function finished(stream, opts) {
  let autoCleanup = false;
  if (opts === null) opts = {};
  if (opts && opts.cleanup != null) {
    validateBoolean(opts.cleanup, 'cleanup');
    autoCleanup = opts.cleanup;
  }
  return new Promise((resolve, reject) => {
    const cleanup = eos(stream, opts, (err) => {
      if (autoCleanup) cleanup();
      if (err) reject(err);
      else resolve();
    });
  });
}

eos.finished = finished;
module.exports = eos;
