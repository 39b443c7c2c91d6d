// node:fs/promises (the same object as require('fs').promises); see internal/fs/promises.js.
'use strict';

module.exports = require('fs').promises;
