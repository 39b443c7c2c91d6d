// diff: args=--throw-deprecation
// diff: stderr=ignore
// --throw-deprecation: a DeprecationWarning is thrown from a tick (uncaught: exit 1, or an
// 'uncaughtException' listener gets it); other warnings are emitted normally.
'use strict';
process.on('warning', (w) => console.log('listener', w.name, w.message));
process.on('uncaughtException', (err) => {
  console.log('uncaught', err.name, err.message, err.code);
  process.removeAllListeners('uncaughtException');
  process.emitWarning('second', 'DeprecationWarning');
});
console.log(process.throwDeprecation);
try {
  process.emitWarning('dep', 'DeprecationWarning', 'DEP0001');
  console.log('not thrown synchronously');
} catch {
  console.log('thrown synchronously');
}
process.emitWarning('other');
