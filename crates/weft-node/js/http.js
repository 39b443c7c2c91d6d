// node:http — the HTTP/1.1 server and client (Server, ServerResponse, ClientRequest,
// IncomingMessage, Agent), with Node's async resources: HTTPINCOMINGMESSAGE for a server
// connection's requests (triggered by the connection), HTTPCLIENTREQUEST for a client
// request's response.
'use strict';

const { Agent, globalAgent } = require('_http_agent');
const { ClientRequest } = require('_http_client');
const { methods, parsers } = require('_http_common');
const { IncomingMessage } = require('_http_incoming');
const { validateHeaderName, validateHeaderValue, OutgoingMessage } = require('_http_outgoing');
const {
  _connectionListener, STATUS_CODES, Server, ServerResponse,
} = require('_http_server');
const { validateInteger } = require('internal/validators');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

function setMaxIdleHTTPParsers(max) {
  validateInteger(max, 'max', 1);
  parsers.max = max;
}

module.exports = {
  _connectionListener,
  METHODS: methods,
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers,
  maxHeaderSize: 16384,
};

Object.defineProperty(module.exports, 'globalAgent', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('_http_agent').globalAgent; },
  set(value) { require('_http_agent').globalAgent = value; },
});
void globalAgent;
