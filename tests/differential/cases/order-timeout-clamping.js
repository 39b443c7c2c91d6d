// Semantics 3.3.4: delays below 1, NaN, non-numbers and above 2^31-1 become 1 ms, so all
// these timers share the 1 ms list and run in creation order. The too-large one also prints
// a TimeoutOverflowWarning (stderr compared in full, pid masked).
'use strict';
const delays = [0, 1, -5, NaN, 'x', undefined, 2 ** 31, 0.5];
delays.forEach((d, i) => {
  setTimeout(() => console.log(`timer ${i} delay=${String(d)}`), d);
});
console.log('scheduled');
