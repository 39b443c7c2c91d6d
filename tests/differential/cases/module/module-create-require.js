// node:module: createRequire (paths, file URLs, directory URLs, argument errors), builtinModules,
// isBuiltin, Module statics packages touch (_resolveFilename, _load, wrap, _extensions),
// findPackageJSON, the no-op hooks, new Module + _compile.
const Module = require('module');
const util = require('util');
const path = require('path');
const show = (...a) => console.log(...a.map((x) => typeof x === 'string' ? x : util.inspect(x)));
show(typeof Module, Module === Module.Module, Object.keys(Module).sort().filter((k) => !['_findPath', '_initPaths', '_pathCache', '_preloadModules', '_resolveLookupPaths', 'globalPaths'].includes(k)));
show(Module.builtinModules.includes('fs'), Module.builtinModules.includes('path'), Module.builtinModules.includes('internal/errors'), Array.isArray(Module.builtinModules));
show(Module.isBuiltin('fs'), Module.isBuiltin('node:fs'), Module.isBuiltin('node:url'), Module.isBuiltin('test'), Module.isBuiltin('nope'), Module.isBuiltin('node:nope'), Module.isBuiltin('internal/errors'));
const req = Module.createRequire(__filename);
show(req('./_dep.js'), req('pkg'), req.resolve('./_dep'), req.resolve('pkg'), req.resolve('fs'), req.resolve('node:fs'), typeof req.cache, req.cache === require.cache);
show(req.resolve.paths('pkg').slice(0, 2), req.resolve.paths('fs'));
const req2 = Module.createRequire(new URL('file://' + __dirname + '/node_modules/'));
show(req2.resolve('../_dep.js'));
const req3 = Module.createRequire('file://' + __filename);
show(req3('./_dep.js'));
for (const bad of [5, 'relative/path.js', null, undefined]) {
  try { Module.createRequire(bad); show('no throw', bad); } catch (e) { show(e.name, e.code, e.message); }
}
try { req('./nope'); } catch (e) { show(e.code, e.message.split('\n')[0]); }
show(Module.wrap('x'), Module.wrapper.length, Module.wrapper[0], Module.wrapper[1]);
show(typeof Module._extensions['.js'], typeof Module._extensions['.json']);
show(Module._resolveFilename('./_dep', module), Module._load('./_dep', module) === req('./_dep'));
show(module instanceof Module, module.id, module.filename === __filename, module.loaded, typeof module.paths, module.children.map((c) => path.basename(c.id)));
show(typeof Module.findPackageJSON, typeof Module.register, typeof Module.syncBuiltinESMExports, typeof Module.enableCompileCache, typeof Module.getCompileCacheDir, typeof Module.stripTypeScriptTypes, typeof Module.SourceMap, typeof Module.findSourceMap, typeof Module.runMain, typeof Module._nodeModulePaths, typeof Module._cache, typeof Module.globalPaths, typeof Module._initPaths, typeof Module.constants);
show(Module.syncBuiltinESMExports(), Module.getCompileCacheDir(), Module.findSourceMap('x'));
show(Module.findPackageJSON('./_dep.js', __filename), Module.findPackageJSON('pkg', __filename));
try { Module.findPackageJSON('fs', __filename); } catch (e) { show(e.name, e.code, e.message); }
try { Module.findPackageJSON(5); } catch (e) { show(e.name, e.code, e.message); }
show(Module._nodeModulePaths('/a/node_modules/b'));
const m = new Module('/tmp/x.js', null);
show(m.id, m.exports, m.filename, m.loaded, m.children);
m._compile('module.exports = 40 + 2; exports.z = 1', '/tmp/x.js');
show(m.exports);
show(require('node:module') === Module, require.main === module, typeof require.extensions);
