// process.emitWarning: the warning reaches 'warning' listeners on a later tick as an Error with
// name/code/detail from the arguments or the options object; bad arguments throw synchronously;
// process.noDeprecation drops DeprecationWarnings before any listener sees them.
'use strict';
const { equal, throws, check } = require('../common.js');

const seen = [];
process.on('warning', (w) => seen.push([w.name, w.message, w.code, w.detail, w instanceof Error]));
process.emitWarning('a');
process.emitWarning('b', 'CustomWarning', 'C1');
process.emitWarning('c', { type: 'OptWarning', code: 'C2', detail: 'more' });
process.noDeprecation = true;
process.emitWarning('dropped', 'DeprecationWarning');
process.noDeprecation = false;
equal('nothing delivered synchronously', seen.length, 0);
throws('number warning', () => process.emitWarning(5), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE' });
throws('number code', () => process.emitWarning('x', 'T', 5), {
  name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE', message: 'The "code" argument must be of type string. Received type number (5)',
});
setImmediate(() => {
  equal('delivered in order', seen, [
    ['Warning', 'a', undefined, undefined, true],
    ['CustomWarning', 'b', 'C1', undefined, true],
    ['OptWarning', 'c', 'C2', 'more', true],
  ]);
  check('default printer installed', process.listenerCount('warning') === 2);
});
