// The `tty` module (mirrors Node 26's lib/tty.js): `isatty(fd)`, and `ReadStream`/`WriteStream`,
// net.Socket subclasses over a TTY handle (a TTYWRAP async resource). Writes to a terminal are
// synchronous (blocking), as libuv makes them for Node's stdio; reads go through the native
// stream core once reading starts.
'use strict';

const net = require('net');
const { ErrnoException } = require('internal/uv_exceptions');
const {
  codes: { ERR_INVALID_FD, ERR_TTY_INIT_FAILED },
} = require('internal/errors');
const { getColorDepth, hasColors, TTY } = require('internal/tty');

const stdio = internalBinding('stdio');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdio.isatty(fd);
}

function checkFd(fd) {
  if (fd >> 0 !== fd || fd < 0) throw new ERR_INVALID_FD(fd);
}

function newTTY(fd) {
  const ctx = {};
  const tty = new TTY(fd, ctx);
  if (ctx.code !== undefined) throw new ERR_TTY_INIT_FAILED(ctx);
  return tty;
}

function ReadStream(fd, options) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd, options);
  checkFd(fd);
  const tty = newTTY(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle: tty,
    manualStart: true,
    ...options,
  });
  this.isRaw = false;
  this.isTTY = true;
}
Object.setPrototypeOf(ReadStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(ReadStream, net.Socket);

ReadStream.prototype.setRawMode = function setRawMode(flag) {
  flag = !!flag;
  const err = this._handle?.setRawMode(flag);
  if (err) {
    this.emit('error', new ErrnoException(err, 'setRawMode'));
    return this;
  }
  this.isRaw = flag;
  return this;
};

function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkFd(fd);
  const tty = newTTY(fd);
  net.Socket.call(this, {
    readableHighWaterMark: 0,
    handle: tty,
    manualStart: true,
  });
  const winSize = [0, 0];
  const err = this._handle.getWindowSize(winSize);
  if (!err) {
    this.columns = winSize[0];
    this.rows = winSize[1];
  }
}
Object.setPrototypeOf(WriteStream.prototype, net.Socket.prototype);
Object.setPrototypeOf(WriteStream, net.Socket);

WriteStream.prototype.isTTY = true;
WriteStream.prototype.getColorDepth = getColorDepth;
WriteStream.prototype.hasColors = hasColors;

// Re-reads the terminal size (on SIGWINCH) and emits 'resize' when it changed.
WriteStream.prototype._refreshSize = function _refreshSize() {
  const oldCols = this.columns;
  const oldRows = this.rows;
  const winSize = [0, 0];
  const err = this._handle.getWindowSize(winSize);
  if (err) {
    this.emit('error', new ErrnoException(err, 'getWindowSize'));
    return;
  }
  const [newCols, newRows] = winSize;
  if (oldCols !== newCols || oldRows !== newRows) {
    this.columns = newCols;
    this.rows = newRows;
    this.emit('resize');
  }
};

// Cursor helpers, as readline's, bound to this stream.
WriteStream.prototype.cursorTo = function cursorTo(x, y, cb) {
  return require('readline').cursorTo(this, x, y, cb);
};
WriteStream.prototype.moveCursor = function moveCursor(dx, dy, cb) {
  return require('readline').moveCursor(this, dx, dy, cb);
};
WriteStream.prototype.clearLine = function clearLine(dir, cb) {
  return require('readline').clearLine(this, dir, cb);
};
WriteStream.prototype.clearScreenDown = function clearScreenDown(cb) {
  return require('readline').clearScreenDown(this, cb);
};
WriteStream.prototype.getWindowSize = function getWindowSize() {
  return [this.columns, this.rows];
};

module.exports = { isatty, ReadStream, WriteStream };