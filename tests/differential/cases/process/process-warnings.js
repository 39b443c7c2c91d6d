// process.emitWarning: string and Error warnings, type/code/detail/ctor arguments and the
// options form, argument validation, 'warning' listeners (on the next tick, after synchronous
// code), and Node's default stderr output (`(node:PID) [CODE] Name: message`, detail line).
'use strict';
process.on('warning', (w) => {
  console.log('listener', w.name, w.code, w.message, w.detail, Object.keys(w), w instanceof Error, typeof w.stack);
});
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('coded', 'CustomWarning', 'CODE1');
process.emitWarning('opts', { type: 'OptWarning', code: 'C2', detail: 'some detail' });
process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
process.emitWarning('dep2', 'DeprecationWarning');
const e = new Error('errobj');
e.name = 'MyWarning';
process.emitWarning(e);
process.emitWarning('withctor', 'X', function foo() {});
process.emitWarning('ctor as type', function bar() {});
process.emitWarning('opts2', {});
process.emitWarning('detail not string', { detail: 5 });
for (const args of [[5], ['x', 5], ['x', 'T', 5], ['x', { type: 5 }], ['x', { code: 5 }], [null], [{}]]) {
  try {
    process.emitWarning(...args);
    console.log('accepted', JSON.stringify(args));
  } catch (err) {
    console.log(err.name, err.code, err.message);
  }
}
console.log('sync end');
