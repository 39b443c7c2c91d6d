// vm.Script checks syntax without running anything: code that would close the checker's
// wrapper early is a SyntaxError and has no effect; scripts with let/function declarations
// still run once.
const vm = require('vm');
globalThis.ran = 0;
try { new vm.Script('}); globalThis.ran = 1; (function(){'); console.log('constructed'); } catch (e) { console.log(e.name); }
console.log(globalThis.ran);
try { new vm.Script('1 +'); } catch (e) { console.log(e.name); }
const s = new vm.Script('let zz = 5; zz'); console.log(s.runInThisContext());
console.log(new vm.Script('function hoisted() { return 1 } hoisted()').runInThisContext(), typeof hoisted);
