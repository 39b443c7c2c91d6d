// vm basics: runInThisContext / Script (global code, completion values, var declarations,
// syntax errors at construction, validation), compileFunction, and emulated contexts
// (createContext, runInContext, runInNewContext, isContext) for simple sandboxed evaluation.
const vm = require('vm');
const util = require('util');
console.log(Object.keys(vm));
globalThis.g = 1;
console.log(vm.runInThisContext('g + 1'), vm.runInThisContext('var declared = 5; declared'), typeof declared, globalThis.declared);
console.log(vm.runInThisContext('this === globalThis'), vm.runInThisContext('typeof require'), vm.runInThisContext('(function(){ return this })() === globalThis'));
try { vm.runInThisContext('throw new TypeError("boom")', { filename: 'my.js' }); } catch (e) { console.log(e.name, e.message); }
try { vm.runInThisContext('1 +', { filename: 'bad.js' }); } catch (e) { console.log(e.name, e instanceof SyntaxError); }
const s = new vm.Script('g += 1; g', { filename: 's.js' });
console.log(s.runInThisContext(), s.runInThisContext(), s instanceof vm.Script, typeof s.createCachedData, s.cachedDataRejected);
try { new vm.Script('let let = 1'); } catch (e) { console.log(e.name); }
try { new vm.Script(); } catch (e) { console.log('no-arg', e.name, e.message); }
console.log(new vm.Script().runInThisContext());
try { new vm.Script('1', 5); } catch (e) { console.log(e.name, e.code, e.message); }
try { vm.runInThisContext(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(vm.runInThisContext(String(5)));
const f = vm.compileFunction('return a + b + (typeof c)', ['a', 'b'], { filename: 'cf.js' });
console.log(f(1, 2), f.length, f.name, typeof f);
const f2 = vm.compileFunction('return this');
console.log(f2.call(7) == 7, vm.compileFunction('"use strict"; return this').call(undefined));
try { vm.compileFunction('return', 'x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { vm.compileFunction(5); } catch (e) { console.log(e.name, e.code, e.message); }
try { vm.compileFunction('}'); } catch (e) { console.log(e.name); }
console.log(vm.isContext({}), typeof vm.createContext);
try { vm.isContext(5); } catch (e) { console.log(e.name, e.code, e.message); }
const ctx = vm.createContext({ a: 1, b: 2, console });
console.log(vm.isContext(ctx), vm.runInContext('a + b', ctx), vm.runInNewContext('x * 2', { x: 21 }));
vm.runInContext('var c = a + 10; d = 4; function fn() { return 1 }', ctx);
console.log(ctx.c, ctx.d, typeof ctx.fn, Object.keys(ctx).sort());
console.log(vm.runInContext('typeof g', ctx), vm.runInContext('typeof Array', ctx), vm.runInNewContext('typeof process'));
const sc = new vm.Script('count = (typeof count === "number" ? count : 0) + 1');
const c2 = vm.createContext({}); sc.runInContext(c2); sc.runInContext(c2); console.log(c2.count, sc.runInNewContext({ count: 10 }));
try { vm.runInContext('1', {}); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(util.inspect(s), typeof vm.measureMemory, typeof vm.SourceTextModule, vm.constants);
console.log(vm.runInThisContext('let lexical = 3; lexical'), typeof lexical);
const ctx3 = vm.createContext({ n: 2 });
console.log(vm.runInContext('globalThis.n + this.n', ctx3), vm.runInContext('typeof console + typeof setTimeout + typeof JSON', ctx3));
vm.runInContext('var arr = [1, 2, 3].map((x) => x * n); newGlobal = "set"', ctx3);
console.log(ctx3.arr, ctx3.newGlobal, typeof globalThis.newGlobal, vm.createContext(ctx3) === ctx3);
try { vm.runInContext('throw new RangeError("inside")', ctx3); } catch (e) { console.log(e.name, e.message); }
console.log(vm.runInNewContext('a = 1; b = 2; a + b'), vm.runInNewContext('typeof require + typeof module + typeof Buffer'));
vm.runInThisContext('function declaredInThis() { return 42 }');
console.log(typeof declaredInThis, globalThis.declaredInThis());
