// Node 26 warns about clamped delays: TimeoutNegativeWarning and TimeoutNaNWarning only once
// per process, TimeoutOverflowWarning every time; undefined, null and 0 are silent. The
// trace-warnings hint line after the first warning is dropped by the normaliser.
'use strict';
const delays = [undefined, null, 0, -1, -2, NaN, 'x', 2 ** 32, 2 ** 33, Infinity, -Infinity];
for (const d of delays) clearTimeout(setTimeout(() => {}, d));
console.log('scheduled and cleared', delays.length);
