// Runtime flags before the script: --expose-gc defines gc() and shows in process.execArgv
// (not in process.argv).
// diff: args=--expose-gc
'use strict';
console.log('typeof gc', typeof gc);
console.log('execArgv', JSON.stringify(process.execArgv));
console.log('argv length', process.argv.length, 'argv[1] is this file', process.argv[1] === __filename);
