// Console misuse warnings: countReset of an unknown label, timeEnd/timeLog of an
// unknown label, time() of a label already running (warnings print after the
// synchronous output).
'use strict';
console.countReset('nope');
console.timeEnd('missing');
console.timeLog('missing-log');
console.time('dup');
console.time('dup');
console.log('sync done');
