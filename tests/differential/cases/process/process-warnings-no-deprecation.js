// diff: args=--no-deprecation
// --no-deprecation sets process.noDeprecation: DeprecationWarnings are neither emitted nor
// printed; other warnings still are.
'use strict';
process.on('warning', (w) => console.log('listener', w.name, w.message));
console.log(process.noDeprecation, process.execArgv);
process.emitWarning('dep', 'DeprecationWarning', 'DEP0001');
process.emitWarning('other');
