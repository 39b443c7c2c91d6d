// setInterval runs repeatedly until clearInterval; clearing inside the third run stops it,
// and 'exit' follows with nothing else pending.
'use strict';
let n = 0;
const iv = setInterval((a, b) => {
  n++;
  console.log(`interval run ${n} args=${a},${b}`);
  if (n === 3) {
    clearInterval(iv);
    setImmediate(() => console.log('after clear, runs=' + n));
  }
}, 5, 'x', 'y');
process.on('exit', (code) => console.log(`exit ${code} runs=${n}`));
