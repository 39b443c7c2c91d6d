// readline.cursorTo/moveCursor/clearLine/clearScreenDown (mirrors Node's
// lib/internal/readline/callbacks.js): each writes one ANSI CSI sequence to the
// stream and returns write()'s result; with no stream (or nothing to do) the
// callback still runs, in the next tick.
'use strict';

const { ERR_INVALID_ARG_VALUE, ERR_INVALID_CURSOR_POS } = require('internal/errors').codes;
const { validateFunction } = require('internal/validators');
const { CSI } = require('internal/readline/utils');

function nothingToDo(callback) {
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

function cursorTo(stream, x, y, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (typeof y === 'function') {
    callback = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw new ERR_INVALID_ARG_VALUE('x', x);
  if (Number.isNaN(y)) throw new ERR_INVALID_ARG_VALUE('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    return nothingToDo(callback);
  }
  if (typeof x !== 'number') throw new ERR_INVALID_CURSOR_POS();
  const data = typeof y !== 'number' ? CSI`${x + 1}G` : CSI`${y + 1};${x + 1}H`;
  return stream.write(data, callback);
}

function moveCursor(stream, dx, dy, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream == null || !(dx || dy)) return nothingToDo(callback);
  let data = '';
  if (dx < 0) data += CSI`${-dx}D`;
  else if (dx > 0) data += CSI`${dx}C`;
  if (dy < 0) data += CSI`${-dy}A`;
  else if (dy > 0) data += CSI`${dy}B`;
  return stream.write(data, callback);
}

// dir < 0: to the line start; dir > 0: to the line end; 0: the whole line.
function clearLine(stream, dir, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToDo(callback);
  const type = dir < 0 ? CSI.kClearToLineBeginning :
    dir > 0 ? CSI.kClearToLineEnd : CSI.kClearLine;
  return stream.write(type, callback);
}

function clearScreenDown(stream, callback) {
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (stream === null || stream === undefined) return nothingToDo(callback);
  return stream.write(CSI.kClearScreenDown, callback);
}

module.exports = { clearLine, clearScreenDown, cursorTo, moveCursor };
