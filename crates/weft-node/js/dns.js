// node:dns — name resolution through the system resolver: `lookup` (a GETADDRINFOREQWRAP per
// call, resolved on the thread pool) and `lookupService` (GETNAMEINFOREQWRAP), as Node does
// with getaddrinfo/getnameinfo. The c-ares `resolve*` family is not available.
'use strict';

const { isIP } = require('internal/net');
const {
  cares, getDefaultResultOrder, setDefaultResultOrder, orderAddresses, lookupOptions,
} = require('internal/dns/utils');
const { DNSException } = require('internal/uv_exceptions');
const {
  codes: { ERR_INVALID_ARG_VALUE, ERR_MISSING_ARGS, ERR_SOCKET_BAD_PORT },
} = require('internal/errors');
const { validateFunction, validateString } = require('internal/validators');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

const ADDRCONFIG = cares.AI_ADDRCONFIG;
const ALL = cares.AI_ALL;
const V4MAPPED = cares.AI_V4MAPPED;

function onlookup(err, addresses) {
  if (err) {
    this.callback(DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  addresses = orderAddresses(addresses, this.order);
  this.callback(null, addresses[0], this.family || isIP(addresses[0]));
}

function onlookupall(err, addresses) {
  if (err) {
    this.callback(DNSException(err, 'getaddrinfo', this.hostname));
    return;
  }
  addresses = orderAddresses(addresses, this.order);
  const family = this.family;
  const out = addresses.map((address) => ({ address, family: family || isIP(address) }));
  this.callback(null, out);
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const { family, hints, all, order } = lookupOptions(options);

  if (!hostname) {
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  const matchedFamily = isIP(hostname);
  if (matchedFamily) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matchedFamily }]);
    else process.nextTick(callback, null, hostname, matchedFamily);
    return {};
  }
  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  Object.defineProperty(req, 'order', { __proto__: null, value: order, enumerable: false });
  const err = cares.getaddrinfo(req, hostname, family, hints);
  if (err) {
    process.nextTick(callback, DNSException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

Object.defineProperty(lookup, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookup; },
});

function onlookupservice(err, hostname, service) {
  if (err) {
    this.callback(DNSException(err, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

function validatePort(port, name = 'Port') {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw new ERR_SOCKET_BAD_PORT(name, port, true);
  }
  return port | 0;
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateString(address, 'address');
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
  port = validatePort(port);
  validateFunction(callback, 'callback');
  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = cares.getnameinfo(req, address, port);
  if (err) throw DNSException(err, 'getnameinfo', address);
  return req;
}

Object.defineProperty(lookupService, Symbol.for('nodejs.util.promisify.custom'), {
  __proto__: null,
  configurable: true,
  enumerable: false,
  get() { return require('dns/promises').lookupService; },
});

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

Object.defineProperty(module.exports, 'promises', {
  __proto__: null,
  configurable: true,
  enumerable: true,
  get() { return require('dns/promises'); },
});
