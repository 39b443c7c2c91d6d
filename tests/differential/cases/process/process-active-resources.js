// process.getActiveResourcesInfo(): referenced timers ('Timeout') and immediates ('Immediate');
// unref'd ones and cleared ones are not listed; signal listeners add nothing.
'use strict';
const fs = require('fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
w(JSON.stringify(process.getActiveResourcesInfo()));
const t1 = setTimeout(() => {}, 10);
const t2 = setTimeout(() => {}, 20);
const i1 = setImmediate(() => {});
w(JSON.stringify(process.getActiveResourcesInfo()));
t2.unref();
const iv = setInterval(() => {}, 1000);
iv.unref();
w(JSON.stringify(process.getActiveResourcesInfo()));
clearTimeout(t1);
clearImmediate(i1);
w(JSON.stringify(process.getActiveResourcesInfo()));
process.on('SIGUSR2', () => {});
const i2 = setImmediate(() => {
  w(`in immediate ${JSON.stringify(process.getActiveResourcesInfo())}`);
  clearInterval(iv);
  process.removeAllListeners('SIGUSR2');
});
i2.unref();
i2.ref();
w(JSON.stringify(process.getActiveResourcesInfo()));
