// perf_hooks: marks and measures (detail, start/end marks, options objects, node milestones),
// the timeline queries and clears, entry shapes under util.inspect, validation errors,
// histograms, timerify, and PerformanceObserver delivery in a later turn.
const ph = require('perf_hooks');
const util = require('util');
const { performance } = ph;
const show = (...a) => console.log(...a.map((x) => typeof x === 'string' ? x : util.inspect(x)));
const t0 = performance.now();
show(typeof t0, t0 > 0, t0 < 60000, Math.abs(performance.timeOrigin + t0 - Date.now()) < 1000);
show(performance === globalThis.performance, PerformanceMark === ph.PerformanceMark, PerformanceMeasure === ph.PerformanceMeasure);
show(Object.keys(ph).filter((k) => !['createSlidingWindowHistogram', 'importHistogram'].includes(k)));
show(Object.getOwnPropertyNames(ph.Performance.prototype));
const m = performance.mark('a', { startTime: 10, detail: { x: [1, 2] } });
show(m, m.toJSON(), Object.keys(m), m instanceof ph.PerformanceEntry, Object.prototype.toString.call(m));
const m2 = performance.mark('b', { startTime: 25 });
show(m2.startTime, m2.duration, m2.entryType, m2.detail, m2.name);
const live = performance.mark('live');
show(live.startTime >= t0, live.detail);
const me = performance.measure('m1', 'a', 'b');
show(me, me.detail);
show(performance.measure('m2', { start: 1, end: 4, detail: 'd' }));
show(performance.measure('m3', { start: 'a', duration: 2 }).toJSON());
show(performance.measure('m4', { end: 'b', duration: 5 }).toJSON());
show(performance.measure('m5', 'a').startTime, typeof performance.measure('m6', 'nodeStart', 'b').startTime);
const m7 = performance.measure('m7');
show(m7.startTime, m7.duration > 0);
show(performance.getEntries().filter((e) => e.name !== 'live' && !['m5', 'm6', 'm7'].includes(e.name)).map((e) => [e.name, e.entryType, e.startTime]));
show(performance.getEntriesByName('a').length, performance.getEntriesByType('measure').length, performance.getEntriesByName('m1', 'mark').length,
  performance.getEntriesByType('resource'), performance.getEntriesByName('nope'));
performance.clearMarks('a');
show(performance.getEntriesByType('mark').map((e) => e.name).filter((n) => n !== 'live'));
try { performance.measure('after-clear', 'a'); } catch (e) { show(e.name, e.code, e.message); }
performance.clearMarks(); performance.clearMeasures('m1');
show(performance.getEntries().map((e) => e.name).filter((n) => n !== 'm6' && n !== 'm7'));
performance.clearMeasures();
show(performance.getEntries());
for (const [label, fn] of [
  ['mark()', () => performance.mark()], ['measure()', () => performance.measure()], ['unknown mark', () => performance.measure('x', 'nosuch')],
  ['negative startTime', () => performance.mark('x', { startTime: -1 })], ['string startTime', () => performance.mark('x', { startTime: 'a' })],
  ['options number', () => performance.mark('x', 5)], ['three options', () => performance.measure('x', { start: 1, end: 2, duration: 1 })],
  ['endMark with options', () => performance.measure('x', { start: 1 }, 'b')], ['new PerformanceMark()', () => new PerformanceMark()],
  ['new PerformanceMeasure()', () => new PerformanceMeasure()], ['new PerformanceEntry()', () => new ph.PerformanceEntry()],
  ['new Performance()', () => new ph.Performance()], ['getEntriesByName()', () => performance.getEntriesByName()],
  ['getEntriesByType()', () => performance.getEntriesByType()], ['observer callback', () => new ph.PerformanceObserver(5)],
  ['observe({})', () => new ph.PerformanceObserver(() => {}).observe({})],
  ['observe entryTypes string', () => new ph.PerformanceObserver(() => {}).observe({ entryTypes: 'mark' })],
  ['record(0)', () => ph.createHistogram().record(0)], ['record(1.5)', () => ph.createHistogram().record(1.5)],
  ['percentile(0)', () => ph.createHistogram().percentile(0)], ['timerify(5)', () => performance.timerify(5)],
]) {
  try { fn(); show(label, 'no throw'); } catch (e) { show(label, e.name, e.code, e.message); }
}
show(new PerformanceMark('direct', { detail: [1], startTime: 3 }));
show(performance.mark('n', null).detail, performance.mark(5).name, performance.mark('o', {}).detail);
show(Object.keys(performance.toJSON()), Object.prototype.toString.call(performance));
show(Object.keys(performance.nodeTiming), performance.nodeTiming.name, performance.nodeTiming.entryType, performance.nodeTiming.startTime);
show(ph.PerformanceObserver.supportedEntryTypes, performance.eventLoopUtilization());
const h = ph.createHistogram();
for (const v of [1, 2, 10, 3, 3, 7, 100]) h.record(v);
show(h.min, h.max, h.mean, h.stddev.toFixed(6), h.skewness.toFixed(6), h.kurtosis.toFixed(6), h.count, h.exceeds, h.percentiles, h.percentile(90), h.percentile(50), h.percentile(100));
const h2 = ph.createHistogram(); h2.record(5); h2.record(10n);
show(h2, h2.percentiles, h2.minBigInt, h2.countBigInt);
h2.add(h); show(h2.count, h2.max); h2.reset(); show(h2.count, h2.max, h2.min, h2.mean);
show(ph.createHistogram());
const d = ph.monitorEventLoopDelay({ resolution: 20 });
show(typeof d.enable, typeof d.disable, d.enable(), d.enable(), d.disable(), d.disable());
show(ph.constants);
const t = performance.timerify(function foo(a, b) { return a * 2; });
show(t(3), t.name, t.length, ph.timerify === undefined ? 'n/a' : typeof ph.timerify);
class K { constructor(x) { this.x = x; } }
show(new (performance.timerify(K))(4));
const seen = [];
const obs = new ph.PerformanceObserver((list, o) => {
  show('observer', list.getEntries().map((e) => [e.name, e.entryType]), list.getEntriesByType('mark').length, list.getEntriesByName('om').length, o === obs);
  obs.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure', 'function'] });
performance.mark('observed1', { startTime: 2 });
performance.mark('observed2', { startTime: 1 });
performance.measure('om', { start: 0, end: 3 });
t(1);
const obs2 = new ph.PerformanceObserver((list) => { show('observer2', list.getEntries().map((e) => e.name)); obs2.disconnect(); });
obs2.observe({ type: 'mark', buffered: true });
show('sync end');
setTimeout(() => { performance.mark('after-disconnect'); setImmediate(() => show('done')); }, 5);
