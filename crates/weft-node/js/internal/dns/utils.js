// The resolver state `dns` shares between its callback and promise APIs (Node's
// lib/internal/dns/utils.js): the default result order and the default channel, a `DNSCHANNEL`
// async resource created when `dns` is first loaded, as in Node.
'use strict';

const cares = internalBinding('cares_wrap');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateOneOf } = require('internal/validators');

const ADDRCONFIG = cares.AI_ADDRCONFIG;
const ALL = cares.AI_ALL;
const V4MAPPED = cares.AI_V4MAPPED;

class ChannelWrap {}
const defaultChannel = new ChannelWrap();
cares.initChannel(defaultChannel);

let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() { return defaultResultOrder; }

function setDefaultResultOrder(order) {
  if (order !== 'ipv4first' && order !== 'ipv6first' && order !== 'verbatim') {
    throw new ERR_INVALID_ARG_VALUE('dnsOrder', order,
      "must be one of: 'verbatim', 'ipv4first', 'ipv6first'");
  }
  defaultResultOrder = order;
}

// Sorts resolved addresses for `order` ('verbatim' keeps the resolver's order).
function orderAddresses(addresses, order) {
  if (order === 'ipv4first') {
    return [...addresses.filter((a) => !a.includes(':')), ...addresses.filter((a) => a.includes(':'))];
  }
  if (order === 'ipv6first') {
    return [...addresses.filter((a) => a.includes(':')), ...addresses.filter((a) => !a.includes(':'))];
  }
  return addresses;
}

function parseFamily(family) {
  if (family === 'IPv4') return 4;
  if (family === 'IPv6') return 6;
  return family;
}

// Validates lookup's options and returns { family, hints, all, order }.
function lookupOptions(options) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = getDefaultResultOrder();
  if (typeof options === 'number' || typeof options === 'string') {
    family = parseFamily(options);
    validateOneOf(family, 'family', [0, 4, 6]);
  } else if (options !== undefined && options !== null) {
    if (typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
    }
    if (options.hints != null) {
      hints = options.hints >>> 0;
      if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0 || hints !== options.hints) {
        throw new ERR_INVALID_ARG_VALUE('hints', options.hints);
      }
    }
    if (options.family != null) {
      family = parseFamily(options.family);
      validateOneOf(family, 'options.family', [0, 4, 6]);
    }
    if (options.all != null) {
      if (typeof options.all !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.all', 'boolean', options.all);
      }
      all = options.all;
    }
    if (options.verbatim != null) {
      if (typeof options.verbatim !== 'boolean') {
        throw new ERR_INVALID_ARG_TYPE('options.verbatim', 'boolean', options.verbatim);
      }
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

module.exports = {
  cares,
  lookupOptions,
  defaultChannel,
  getDefaultResultOrder,
  setDefaultResultOrder,
  orderAddresses,
};
