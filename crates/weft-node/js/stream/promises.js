// node:stream/promises (mirrors Node's lib/stream/promises.js): pipeline() and
// finished() returning promises; pipeline takes an options object
// ({ signal, end }) as its last argument.
'use strict';

const { pipelineImpl } = require('internal/streams/pipeline');
const { finished } = require('internal/streams/end-of-stream');
const { isIterable, isNodeStream } = require('internal/streams/utils');

function pipeline(...streams) {
  return new Promise((resolve, reject) => {
    let signal;
    let end;
    const lastArg = streams[streams.length - 1];
    if (lastArg && typeof lastArg === 'object' && !isNodeStream(lastArg) &&
        !isIterable(lastArg) && !isWebStreamLike(lastArg)) {
      const options = streams.pop();
      signal = options.signal;
      end = options.end;
    }
    pipelineImpl(streams, (err, value) => {
      if (err) reject(err);
      else resolve(value);
    }, { signal, end });
  });
}

function isWebStreamLike(obj) {
  return typeof obj.getReader === 'function' || typeof obj.getWriter === 'function' ||
    (typeof obj.readable === 'object' && typeof obj.writable === 'object');
}

module.exports = { finished, pipeline };
