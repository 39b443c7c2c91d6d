// Semantics 3.3.8: 'beforeExit' fires when the loop is empty; work scheduled from it runs
// and 'beforeExit' fires again; 'exit' comes last.
'use strict';
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log(`beforeExit code=${code} round=${++rounds}`);
  if (rounds === 1) {
    setTimeout(() => console.log('timer-from-beforeExit'), 1);
    process.nextTick(() => console.log('tick-from-beforeExit'));
  }
});
process.on('exit', (code) => console.log(`exit code=${code} rounds=${rounds}`));
setTimeout(() => console.log('first timer'), 1);
console.log('main');
