// High-water-mark rules of Node's lib/internal/streams/state.js: the process-wide
// defaults (64 KiB for bytes, 16 for object mode) and validation of the
// highWaterMark / readableHighWaterMark / writableHighWaterMark options.
'use strict';

const { validateInteger } = require('internal/validators');
const { ERR_INVALID_ARG_VALUE } = require('internal/errors').codes;

let defaultHighWaterMarkBytes = 64 * 1024;
let defaultHighWaterMarkObjectMode = 16;

function getDefaultHighWaterMark(objectMode) {
  return objectMode ? defaultHighWaterMarkObjectMode : defaultHighWaterMarkBytes;
}

function setDefaultHighWaterMark(objectMode, value) {
  validateInteger(value, 'value', 0);
  if (objectMode) defaultHighWaterMarkObjectMode = value;
  else defaultHighWaterMarkBytes = value;
}

// `duplexKey` (readableHighWaterMark …) only counts for Duplex streams, and only
// when highWaterMark itself is not given.
function getHighWaterMark(state, options, duplexKey, isDuplex) {
  let hwm = options.highWaterMark;
  if (hwm == null && isDuplex) hwm = options[duplexKey];
  if (hwm != null) {
    if (!Number.isInteger(hwm) || hwm < 0) {
      const name = options.highWaterMark != null || !isDuplex ?
        'options.highWaterMark' : `options.${duplexKey}`;
      throw new ERR_INVALID_ARG_VALUE(name, hwm);
    }
    return Math.floor(hwm);
  }
  return getDefaultHighWaterMark(state.objectMode);
}

module.exports = { getHighWaterMark, getDefaultHighWaterMark, setDefaultHighWaterMark };
