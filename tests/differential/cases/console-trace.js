// console.trace writes `Trace: <formatted message>` and the stack to stderr (only the
// first line is compared: frames differ by engine); console.log output is unaffected.
// diff: stderr=first-line
'use strict';
console.log('before');
console.trace('hi %d', 5, { a: 1 });
console.log('after');
