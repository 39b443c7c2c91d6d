// node:module — createRequire, builtinModules, isBuiltin, Module (Node's lib/module.js surface).
'use strict';

module.exports = require('internal/modules/cjs/loader');
