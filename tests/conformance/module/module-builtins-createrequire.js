// node:module: builtinModules and isBuiltin agree with require, createRequire resolves from
// the given file, and rejects relative paths the way Node does.
'use strict';
const { check, equal, throws } = require('../common.js');
const Module = require('module');

check('builtinModules lists path and url', Module.builtinModules.includes('path') && Module.builtinModules.includes('url'));
check('no internals listed', !Module.builtinModules.some((m) => m.startsWith('internal/')));
equal('isBuiltin', [Module.isBuiltin('path'), Module.isBuiltin('node:path'), Module.isBuiltin('nope')], [true, true, false]);
const req = Module.createRequire(__filename);
check('createRequire loads builtins', req('path') === require('path'));
equal('resolve relative', req.resolve('./module-builtins-createrequire.js'), __filename);
check('cache shared', req.cache === require.cache);
throws('relative path rejected', () => Module.createRequire('rel.js'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE' });
check('wrap', Module.wrap('x').includes('x') && Module.wrap('x').startsWith('(function (exports, require, module, __filename, __dirname) { '));
equal('syncBuiltinESMExports is a no-op', Module.syncBuiltinESMExports(), undefined);
