// IncomingMessage (Node's lib/_http_incoming.js): a request seen by a server or a response seen
// by a client, as a Readable of its body. Headers are kept raw and folded into `headers` on
// first access with Node's rules for duplicates.
'use strict';

const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

function IncomingMessage(socket) {
  let streamOptions;
  if (socket) {
    streamOptions = { highWaterMark: socket.readableHighWaterMark };
  }
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;

  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  // Set once the body is being discarded (nobody can read it).
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

Object.defineProperty(IncomingMessage.prototype, 'connection', {
  __proto__: null,
  get() { return this.socket; },
  set(val) { this.socket = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headers', {
  __proto__: null,
  get() {
    if (!this[kHeaders]) {
      this[kHeaders] = {};
      const src = this.rawHeaders;
      const dst = this[kHeaders];
      for (let n = 0; n < this[kHeadersCount]; n += 2) {
        this._addHeaderLine(src[n + 0], src[n + 1], dst);
      }
    }
    return this[kHeaders];
  },
  set(val) { this[kHeaders] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'headersDistinct', {
  __proto__: null,
  get() {
    if (!this[kHeadersDistinct]) {
      this[kHeadersDistinct] = {};
      const src = this.rawHeaders;
      const dst = this[kHeadersDistinct];
      for (let n = 0; n < this[kHeadersCount]; n += 2) {
        this._addHeaderLineDistinct(src[n + 0], src[n + 1], dst);
      }
    }
    return this[kHeadersDistinct];
  },
  set(val) { this[kHeadersDistinct] = val; },
});

Object.defineProperty(IncomingMessage.prototype, 'trailers', {
  __proto__: null,
  get() {
    if (!this[kTrailers]) {
      this[kTrailers] = {};
      const src = this.rawTrailers;
      const dst = this[kTrailers];
      for (let n = 0; n < this[kTrailersCount]; n += 2) {
        this._addHeaderLine(src[n + 0], src[n + 1], dst);
      }
    }
    return this[kTrailers];
  },
  set(val) { this[kTrailers] = val; },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser pushes body chunks itself; reading only has to let the socket flow again.
  if (this.socket.readable) readStart(this.socket);
};

// An unfinished message takes its socket down with it ('aborted' first).
IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    const cleanup = require('stream').finished(this.socket, (e) => {
      if (e?.code === 'ERR_STREAM_PREMATURE_CLOSE') e = null;
      cleanup();
      process.nextTick(onError, this, e || err, cb);
    });
  } else {
    onError(this, err, cb);
  }
};

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (headers?.length) {
    if (this.complete) {
      this.rawTrailers = headers;
      this[kTrailersCount] = n;
    } else {
      this.rawHeaders = headers;
      this[kHeadersCount] = n;
    }
  }
};

// How duplicates of a header combine (Node's matchKnownFields): 0 keep the first, 1 join with
// ', ', 2 collect into an array (set-cookie), 3 join with '; ' (cookie).
function matchKnownFields(field, lowercased) {
  switch (field.length) {
    case 3:
      if (field === 'Age' || field === 'age') return 'age';
      break;
    case 4:
      if (field === 'Host' || field === 'host') return 'host';
      if (field === 'From' || field === 'from') return 'from';
      if (field === 'ETag' || field === 'etag') return 'etag';
      if (field === 'Date' || field === 'date') return '\u0000date';
      if (field === 'Vary' || field === 'vary') return '\u0000vary';
      break;
    case 6:
      if (field === 'Server' || field === 'server') return 'server';
      if (field === 'Cookie' || field === 'cookie') return '\u0002cookie';
      if (field === 'Origin' || field === 'origin') return '\u0000origin';
      if (field === 'Expect' || field === 'expect') return '\u0000expect';
      if (field === 'Accept' || field === 'accept') return '\u0000accept';
      break;
    case 7:
      if (field === 'Referer' || field === 'referer') return 'referer';
      if (field === 'Expires' || field === 'expires') return 'expires';
      if (field === 'Upgrade' || field === 'upgrade') return '\u0000upgrade';
      break;
    case 8:
      if (field === 'Location' || field === 'location') return 'location';
      if (field === 'If-Match' || field === 'if-match') return '\u0000if-match';
      break;
    case 10:
      if (field === 'User-Agent' || field === 'user-agent') return 'user-agent';
      if (field === 'Set-Cookie' || field === 'set-cookie') return '\u0001';
      if (field === 'Connection' || field === 'connection') return '\u0000connection';
      break;
    case 11:
      if (field === 'Retry-After' || field === 'retry-after') return 'retry-after';
      break;
    case 12:
      if (field === 'Content-Type' || field === 'content-type') return 'content-type';
      if (field === 'Max-Forwards' || field === 'max-forwards') return 'max-forwards';
      break;
    case 13:
      if (field === 'Authorization' || field === 'authorization') return 'authorization';
      if (field === 'Last-Modified' || field === 'last-modified') return 'last-modified';
      if (field === 'Cache-Control' || field === 'cache-control') return '\u0000cache-control';
      if (field === 'If-None-Match' || field === 'if-none-match') return '\u0000if-none-match';
      break;
    case 14:
      if (field === 'Content-Length' || field === 'content-length') return 'content-length';
      break;
    case 15:
      if (field === 'Accept-Encoding' || field === 'accept-encoding') return '\u0000accept-encoding';
      if (field === 'Accept-Language' || field === 'accept-language') return '\u0000accept-language';
      if (field === 'X-Forwarded-For' || field === 'x-forwarded-for') return '\u0000x-forwarded-for';
      break;
    case 16:
      if (field === 'Content-Encoding' || field === 'content-encoding') return '\u0000content-encoding';
      if (field === 'X-Forwarded-Host' || field === 'x-forwarded-host') return '\u0000x-forwarded-host';
      break;
    case 17:
      if (field === 'If-Modified-Since' || field === 'if-modified-since') return 'if-modified-since';
      if (field === 'Transfer-Encoding' || field === 'transfer-encoding') return '\u0000transfer-encoding';
      if (field === 'X-Forwarded-Proto' || field === 'x-forwarded-proto') return '\u0000x-forwarded-proto';
      break;
    case 19:
      if (field === 'Proxy-Authorization' || field === 'proxy-authorization') return 'proxy-authorization';
      if (field === 'If-Unmodified-Since' || field === 'if-unmodified-since') return 'if-unmodified-since';
      break;
  }
  if (lowercased) return '\u0000' + field;
  return matchKnownFields(field.toLowerCase(), true);
}

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = matchKnownFields(field);
  const flag = field.charCodeAt(0);
  if (flag === 0 || flag === 2) {
    field = field.slice(1);
    if (typeof dest[field] === 'string') {
      dest[field] += (flag === 0 ? ', ' : '; ') + value;
    } else {
      dest[field] = value;
    }
  } else if (flag === 1) {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
    else dest[field] += ', ' + value;
  } else if (dest[field] === undefined) {
    dest[field] = value;
  }
};

IncomingMessage.prototype._addHeaderLineDistinct = function(field, value, dest) {
  const key = field.toLowerCase();
  if (!dest[key]) dest[key] = [value];
  else dest[key].push(value);
};

// Discards the body: nobody listens for it, but the bytes must leave the socket.
IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    // A complete body with nothing buffered ends right away (no resume tick, as in Node).
    if (this.complete && this.readableLength === 0) this.read();
    else this.resume();
  }
};

function onError(self, error, cb) {
  // The error is only surfaced when someone listens for it.
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

module.exports = {
  IncomingMessage,
  readStart,
  readStop,
};
