// node:assert/strict — the strict mode of node:assert.
'use strict';

module.exports = require('assert').strict;
