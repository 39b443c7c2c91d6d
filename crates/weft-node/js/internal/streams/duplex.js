// stream.Duplex (mirrors Node's lib/internal/streams/duplex.js): a Readable that
// also carries Writable's methods and state. allowHalfOpen:false ends the
// writable side one tick after the readable side's 'end'.
'use strict';

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);

  this._readableState = new Readable.ReadableState(options, this, true);
  this._writableState = new Writable.WritableState(options, this, true);

  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
    if (typeof options.read === 'function') this._read = options.read;
    if (typeof options.write === 'function') this._write = options.write;
    if (typeof options.writev === 'function') this._writev = options.writev;
    if (typeof options.destroy === 'function') this._destroy = options.destroy;
    if (typeof options.final === 'function') this._final = options.final;
    if (typeof options.construct === 'function') this._construct = options.construct;
    if (options.signal) {
      require('internal/streams/add-abort-signal').addAbortSignal(options.signal, this);
    }
  } else {
    this.allowHalfOpen = true;
  }

  Stream.call(this, options);

  if (this._construct != null) {
    destroyImpl.construct(this, () => {
      Readable.onConstructed(this);
      Writable.onConstructed(this);
    });
  }
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods, except those Readable already gives (destroy, …).
for (const method of Object.keys(Writable.prototype)) {
  if (!Duplex.prototype[method]) Duplex.prototype[method] = Writable.prototype[method];
}
for (const name of ['write', 'cork', 'uncork', 'setDefaultEncoding', 'end', '_write']) {
  Duplex.prototype[name] = Writable.prototype[name];
}
Duplex.prototype._writev = null;

function copyAccessor(name) {
  const desc = Object.getOwnPropertyDescriptor(Writable.prototype, name);
  Object.defineProperty(Duplex.prototype, name, desc);
}
for (const name of ['writable', 'writableHighWaterMark', 'writableObjectMode', 'writableBuffer',
  'writableLength', 'writableFinished', 'writableCorked', 'writableEnded',
  'writableNeedDrain']) {
  copyAccessor(name);
}

Object.defineProperty(Duplex.prototype, 'destroyed', {
  __proto__: null,
  enumerable: false,
  configurable: true,
  get() {
    if (this._readableState === undefined || this._writableState === undefined) return false;
    return this._readableState.destroyed && this._writableState.destroyed;
  },
  set(value) {
    if (this._readableState && this._writableState) {
      this._readableState.destroyed = value;
      this._writableState.destroyed = value;
    }
  },
});

Duplex.prototype.destroy = function(err, cb) {
  return Writable.prototype.destroy.call(this, err, cb);
};

let duplexify;
Duplex.from = function(body) {
  if (!duplexify) duplexify = require('internal/streams/duplexify');
  return duplexify(body, 'body');
};

Duplex.fromWeb = function() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('Duplex.fromWeb()');
};
Duplex.toWeb = function() {
  throw new (require('internal/errors').codes.ERR_METHOD_NOT_IMPLEMENTED)('Duplex.toWeb()');
};

module.exports = Duplex;
