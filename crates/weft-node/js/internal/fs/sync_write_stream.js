// SyncWriteStream (mirrors Node 26's lib/internal/fs/sync_write_stream.js behaviour): a Writable
// whose writes are synchronous fs.writeSync calls on an fd; what process.stdout/stderr are when
// they point at a file. No async resource is involved.
'use strict';

const { Writable } = require('stream');

function SyncWriteStream(fd, options) {
  Writable.call(this, { autoDestroy: true });
  options = options || {};
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
  try {
    require('fs').writeSync(this.fd, chunk);
  } catch (e) {
    cb(e);
    return;
  }
  cb();
};

SyncWriteStream.prototype._destroy = function(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) require('fs').closeSync(this.fd);
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;
