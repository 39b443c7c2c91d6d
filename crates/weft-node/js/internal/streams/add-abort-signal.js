// stream.addAbortSignal (mirrors Node's lib/internal/streams/add-abort-signal.js):
// destroys the stream with an AbortError (cause: the signal's reason) on abort.
'use strict';

const { AbortError, codes } = require('internal/errors');
const { ERR_INVALID_ARG_TYPE } = codes;
const { validateAbortSignal } = require('internal/validators');
const { isNodeStream, isWebStream } = require('internal/streams/utils');

let eos;

function addAbortSignal(signal, stream) {
  validateAbortSignal(signal, 'signal');
  if (!isNodeStream(stream) && !isWebStream(stream)) {
    throw new ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
      stream);
  }
  return addAbortSignalNoValidate(signal, stream);
}

function addAbortSignalNoValidate(signal, stream) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) return stream;
  const onAbort = () => {
    stream.destroy(new AbortError(undefined, { cause: signal.reason }));
  };
  if (signal.aborted) {
    onAbort();
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    if (!eos) eos = require('internal/streams/end-of-stream');
    eos(stream, () => signal.removeEventListener('abort', onAbort));
  }
  return stream;
}

module.exports = { addAbortSignal, addAbortSignalNoValidate };
