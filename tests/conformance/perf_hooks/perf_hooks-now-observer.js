// perf_hooks: performance.now() is monotonic and close to Date.now() - timeOrigin; marks get
// the current time; observers receive their entries later (not synchronously), sorted by
// start time, and stop after disconnect.
'use strict';
const { check, equal, mustCall } = require('../common.js');
const { performance, PerformanceObserver } = require('perf_hooks');

const a = performance.now();
const b = performance.now();
check('monotonic', b >= a);
check('origin + now ~ Date.now()', Math.abs(performance.timeOrigin + performance.now() - Date.now()) < 50);
const m = performance.mark('here');
check('mark time is now', m.startTime >= b && m.startTime <= performance.now());
let delivered = false;
const obs = new PerformanceObserver(mustCall('observer', (list) => {
  delivered = true;
  equal('sorted entries', list.getEntries().map((e) => e.name), ['early', 'late']);
  obs.disconnect();
  performance.mark('ignored');
}));
obs.observe({ type: 'mark' });
performance.mark('late', { startTime: 20 });
performance.mark('early', { startTime: 10 });
check('not delivered synchronously', !delivered);
const start = Date.now();
while (Date.now() - start < 20);
const ms = performance.measure('busy', { start: a });
check('measure covers the busy wait', ms.duration >= 19);
