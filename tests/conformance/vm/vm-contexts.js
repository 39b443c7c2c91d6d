// vm: runInThisContext shares the global scope; contexts see their object's properties and
// ECMAScript built-ins but not Node's globals, and assignments land on the context object.
'use strict';
const { check, equal, throws } = require('../common.js');
const vm = require('vm');

globalThis.shared = 41;
equal('runInThisContext sees globals', vm.runInThisContext('shared + 1'), 42);
vm.runInThisContext('var fromVm = "v"');
equal('var becomes a global', globalThis.fromVm, 'v');
const ctx = vm.createContext({ n: 3 });
check('isContext', vm.isContext(ctx) && !vm.isContext({}));
equal('reads the object', vm.runInContext('n * 2', ctx), 6);
equal('no Node globals', vm.runInContext('typeof process + typeof require + typeof shared', ctx), 'undefinedundefinedundefined');
equal('built-ins present', vm.runInContext('typeof Math.max + typeof JSON.parse', ctx), 'functionfunction');
vm.runInContext('x = 1; var y = 2; function f() { return n }', ctx);
equal('assignments land on the object', [ctx.x, ctx.y, ctx.f()], [1, 2, 3]);
check('nothing leaked', !('x' in globalThis) && !('y' in globalThis) && !('f' in globalThis));
const fn = vm.compileFunction('return a + b', ['a', 'b']);
equal('compileFunction', fn(2, 3), 5);
throws('syntax error at construction', () => new vm.Script('1 +'), { name: 'SyntaxError' });
throws('runInContext needs a context', () => vm.runInContext('1', {}), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
