// The symbols util.promisify reads (mirrors the ones in Node's lib/internal/util.js):
// `customPromisify` (public as util.promisify.custom, Symbol.for so every copy agrees) and
// the private `customPromisifyArgs`, a list of names under which a callback's several
// values are resolved as one object (set by built-ins such as dns.lookup).
'use strict';

module.exports = {
  customPromisify: Symbol.for('nodejs.util.promisify.custom'),
  customPromisifyArgs: Symbol('customPromisifyArgs'),
};
