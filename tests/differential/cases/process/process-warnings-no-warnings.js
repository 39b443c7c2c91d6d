// diff: args=--no-warnings
// --no-warnings: no default printer ('warning' listeners still run).
'use strict';
console.log(process.listenerCount('warning'));
process.on('warning', (w) => console.log('listener', w.name, w.message));
process.emitWarning('dep', 'DeprecationWarning', 'DEP0001');
process.emitWarning('other', 'SomeWarning');
