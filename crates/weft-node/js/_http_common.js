// What the HTTP server and client share (Node's lib/_http_common.js): the HTTPParser wrapper
// over internalBinding('http_parser'), its callbacks that turn parsed heads and bodies into
// IncomingMessages, the parser pool, and token/header validation.
'use strict';

const binding = internalBinding('http_parser');
const streamWrap = internalBinding('stream_wrap');
const { IncomingMessage, readStart, readStop } = require('_http_incoming');

const kId = Symbol('parserId');
const kIncomingMessage = Symbol('IncomingMessage');
const kOnExecute = Symbol('kOnExecute');
const kOnTimeout = Symbol('kOnTimeout');
const kRequestTimeout = Symbol('RequestTimeout');

const methods = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

class HTTPParser {
  constructor() {
    Object.defineProperty(this, kId, { __proto__: null, value: binding.create() });
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
    this.maxHeaderPairs = 2000;
    this._consumed = false;
    this._headers = [];
    this._url = '';
    this.onIncoming = null;
    this.joinDuplicateHeaders = null;
  }
  initialize(type, resource) {
    binding.initialize(this[kId], type, resource);
  }
  execute(data) {
    return binding.execute(this[kId], this, data, false);
  }
  // Parses bytes read from a consumed socket; the parser's kOnExecute callback then runs in
  // its own resource scope, as Node's native consumer calls it.
  executeConsumed(data) {
    return binding.execute(this[kId], this, data, true);
  }
  finish() {
    return binding.finish(this[kId], this);
  }
  setHeadResponse(on) { binding.setHeadResponse(this[kId], !!on); }
  pause() { binding.pause(this[kId]); }
  resume() { binding.resume(this[kId]); }
  free() { binding.free(this[kId]); }
  remove() {}
  close() { binding.free(this[kId]); binding.remove(this[kId]); }
  // Reads the socket's handle directly (no 'data' events), as Node's server parser does.
  consume(handle) {
    this._consumedHandle = handle;
    streamWrap.consume(handle.getAsyncId(), true);
  }
  unconsume() {
    const handle = this._consumedHandle;
    if (handle) {
      this._consumedHandle = null;
      streamWrap.consume(handle.getAsyncId(), false);
    }
  }
  getCurrentBuffer() { return undefined; }
}
HTTPParser.REQUEST = binding.REQUEST;
HTTPParser.RESPONSE = binding.RESPONSE;

// `this` is the parser. Returns 1 to skip the body (a response to HEAD).
function parserOnHeadersComplete(versionMajor, versionMinor, headers, method, url,
                                 statusCode, statusMessage, upgrade, shouldKeepAlive) {
  const parser = this;
  const { socket } = parser;
  const ParserIncomingMessage = (socket && socket.server && socket.server[kIncomingMessage]) ||
    IncomingMessage;
  const incoming = parser.incoming = new ParserIncomingMessage(socket);
  incoming.httpVersionMajor = versionMajor;
  incoming.httpVersionMinor = versionMinor;
  incoming.httpVersion = `${versionMajor}.${versionMinor}`;
  incoming.joinDuplicateHeaders = socket?.server?.joinDuplicateHeaders ||
    parser.joinDuplicateHeaders;
  incoming.url = url === undefined ? '' : url;
  incoming.upgrade = upgrade;

  let n = headers.length;
  if (parser.maxHeaderPairs > 0) n = Math.min(n, parser.maxHeaderPairs);
  incoming._addHeaderLines(headers, n);

  if (method !== undefined) {
    incoming.method = method;
  } else {
    incoming.statusCode = statusCode;
    incoming.statusMessage = statusMessage;
  }
  return parser.onIncoming(incoming, shouldKeepAlive);
}

function parserOnBody(b) {
  const stream = this.incoming;
  if (stream === null) return;
  if (!stream._dumped) {
    const { Buffer } = require('buffer');
    const ret = stream.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
    if (!ret) readStop(this.socket);
  }
}

function parserOnMessageComplete() {
  const parser = this;
  const stream = parser.incoming;
  if (stream !== null) {
    stream.complete = true;
    stream.push(null);
  }
  // Ready for the next message on this connection.
  readStart(parser.socket);
}

HTTPParser.prototype.onHeadersComplete = parserOnHeadersComplete;
HTTPParser.prototype.onBody = parserOnBody;
HTTPParser.prototype.onMessageComplete = parserOnMessageComplete;
HTTPParser.prototype.onExecute = function onExecute(ret) {
  if (this[kOnExecute]) this[kOnExecute](ret);
};

// A small pool of parsers, as Node's FreeList: connections reuse them.
class FreeList {
  constructor(name, max, ctor) {
    this.name = name;
    this.ctor = ctor;
    this.max = max;
    this.list = [];
  }
  alloc() {
    return this.list.length > 0 ? this.list.pop() : Reflect.apply(this.ctor, this, arguments);
  }
  free(obj) {
    if (this.list.length < this.max) {
      this.list.push(obj);
      return true;
    }
    return false;
  }
}

const parsers = new FreeList('parsers', 1000, function parsersCb() {
  return new HTTPParser();
});

function closeParserInstance(parser) { parser.close(); }

// Frees the parser and its resource (destroy), and returns it to the pool.
function freeParser(parser, req, socket) {
  if (parser) {
    if (parser._consumed) parser.unconsume();
    parser._headers = [];
    parser._url = '';
    parser.onIncoming = null;
    parser.free();
    if (parser.socket) parser.socket.parser = null;
    parser.socket = null;
    parser.incoming = null;
    parser.outgoing = null;
    parser[kOnExecute] = null;
    parser[kOnTimeout] = null;
    parser._consumed = false;
    if (parsers.free(parser) === false) {
      process.nextTick(closeParserInstance, parser);
    }
  }
  if (req) req.parser = null;
  if (socket) socket.parser = null;
}

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
function checkIsHttpToken(val) {
  return tokenRegExp.test(val);
}

const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;
function checkInvalidHeaderChar(val) {
  return headerCharRegex.test(val);
}

function cleanParser(parser) {
  parser._headers = [];
  parser._url = '';
  parser.socket = null;
  parser.incoming = null;
  parser.outgoing = null;
  parser.maxHeaderPairs = 2000;
  parser[kOnExecute] = null;
  parser[kOnTimeout] = null;
  parser._consumed = false;
  parser.onIncoming = null;
  parser.joinDuplicateHeaders = null;
}

function prepareError(err, parser, rawPacket) {
  err.rawPacket = rawPacket || parser.getCurrentBuffer();
  if (typeof err.reason === 'string') err.message = `Parse Error: ${err.reason}`;
}

let warnedLenient = false;
function isLenient() {
  if (!warnedLenient) warnedLenient = true;
  return false;
}

module.exports = {
  _checkInvalidHeaderChar: checkInvalidHeaderChar,
  _checkIsHttpToken: checkIsHttpToken,
  chunkExpression: /(?:^|\W)chunked(?:$|\W)/i,
  continueExpression: /(?:^|\W)100-continue(?:$|\W)/i,
  CRLF: '\r\n',
  freeParser,
  methods: methods.toSorted(),
  parsers,
  kIncomingMessage,
  kOnExecute,
  kOnTimeout,
  kRequestTimeout,
  HTTPParser,
  isLenient,
  prepareError,
  cleanParser,
};
