// node:dns/promises — `lookup` and `lookupService` returning promises. As in Node, an IP
// literal resolves at once (no request); otherwise one GETADDRINFOREQWRAP / GETNAMEINFOREQWRAP
// resource settles the promise from its completion.
'use strict';

const { isIP } = require('internal/net');
const {
  cares, getDefaultResultOrder, setDefaultResultOrder, orderAddresses, lookupOptions,
} = require('internal/dns/utils');
const { DNSException } = require('internal/uv_exceptions');
const { validateString } = require('internal/validators');
const dns = require('dns');

class GetAddrInfoReqWrap {}

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const { family, hints, all, order } = lookupOptions(options);
  if (!hostname) {
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matched = isIP(hostname);
  if (matched) {
    const result = { address: hostname, family: matched };
    return Promise.resolve(all ? [result] : result);
  }
  return new Promise((resolve, reject) => {
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.oncomplete = function(err, addresses) {
      if (err) {
        reject(DNSException(err, 'getaddrinfo', hostname));
        return;
      }
      addresses = orderAddresses(addresses, order);
      if (all) resolve(addresses.map((address) => ({ address, family: family || isIP(address) })));
      else resolve({ address: addresses[0], family: family || isIP(addresses[0]) });
    };
    const err = cares.getaddrinfo(req, hostname, family, hints);
    if (err) reject(DNSException(err, 'getaddrinfo', hostname));
  });
}

function lookupService(address, port) {
  return new Promise((resolve, reject) => {
    dns.lookupService(address, port, (err, hostname, service) => {
      if (err) reject(err);
      else resolve({ hostname, service });
    });
  });
}

module.exports = {
  lookup,
  lookupService,
  getDefaultResultOrder,
  setDefaultResultOrder,
};
