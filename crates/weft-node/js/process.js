// node:process — the process object itself, as `require('node:process')` returns it.
'use strict';

module.exports = require('internal/process/object').process;
