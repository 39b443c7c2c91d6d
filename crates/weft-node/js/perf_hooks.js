// node:perf_hooks (Node's lib/perf_hooks.js and lib/internal/perf/*): the `performance`
// object (high-resolution `now()` from the event loop's clock, `timeOrigin`, the user timing
// marks and measures with their buffers), PerformanceEntry/Mark/Measure, PerformanceObserver
// (entries delivered in a later immediate, as Node does), `timerify`, recordable histograms
// and `monitorEventLoopDelay`. Loop utilisation is not measured: it reads as zero.
'use strict';

const {
  codes: {
    ERR_ILLEGAL_CONSTRUCTOR,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE,
    ERR_MISSING_ARGS,
    ERR_OUT_OF_RANGE,
    ERR_PERFORMANCE_INVALID_TIMESTAMP,
    ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS,
  },
} = require('internal/errors');
const {
  validateFunction,
  validateInteger,
  validateNumber,
  validateObject,
} = require('internal/validators');

const { hrtimeNs } = internalBinding('process_methods');
const customInspect = Symbol.for('nodejs.util.inspect.custom');
let inspectFn;
function inspect(value, opts) {
  inspectFn ??= require('internal/util/inspect').inspect;
  return inspectFn(value, opts);
}

// Milliseconds since the time origin (the event loop's clock starts with the process).
function now() {
  return hrtimeNs() / 1e6;
}
const timeOrigin = Date.now() - now();

const kEntry = Symbol('kEntry');

function innerOpts(options) {
  return { ...options, depth: options.depth == null ? null : options.depth - 1 };
}

class PerformanceEntry {
  #name;
  #type;
  #start;
  #duration;

  constructor(skipThrow = undefined, name, type, start, duration) {
    if (skipThrow !== kEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#name = name;
    this.#type = type;
    this.#start = start;
    this.#duration = duration;
  }

  get name() { return this.#name; }

  get entryType() { return this.#type; }

  get startTime() { return this.#start; }

  get duration() { return this.#duration; }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), innerOpts(options))}`;
  }

  toJSON() {
    return {
      name: this.name,
      entryType: this.entryType,
      startTime: this.startTime,
      duration: this.duration,
    };
  }
}

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return typeof globalThis.structuredClone === 'function' ? globalThis.structuredClone(detail) :
    detail;
}

class PerformanceMark extends PerformanceEntry {
  #detail;

  constructor(name, options = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (options !== undefined && options !== null) validateObject(options, 'options');
    const startTime = options?.startTime ?? now();
    validateNumber(startTime, 'startTime');
    if (startTime < 0) throw new ERR_PERFORMANCE_INVALID_TIMESTAMP(startTime);
    super(kEntry, name, 'mark', startTime, 0);
    this.#detail = cloneDetail(options?.detail);
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

class PerformanceMeasure extends PerformanceEntry {
  #detail;

  constructor(skipThrow = undefined, name, start, duration, detail) {
    if (skipThrow !== kEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kEntry, name, 'measure', start, duration);
    this.#detail = detail;
  }

  get detail() { return this.#detail; }

  toJSON() {
    return { ...super.toJSON(), detail: this.#detail };
  }
}

for (const C of [PerformanceEntry, PerformanceMark, PerformanceMeasure]) {
  Object.defineProperty(C.prototype, Symbol.toStringTag, {
    value: C.name, configurable: true,
  });
}

// The performance timeline: user timing buffers and the last time of each mark name.
const markEntries = [];
const measureEntries = [];
const markTimes = new Map();

function syntaxError(message) {
  const DOMException = globalThis.DOMException;
  if (typeof DOMException === 'function') return new DOMException(message, 'SyntaxError');
  const err = new Error(message);
  err.name = 'SyntaxError';
  Object.defineProperty(err, 'code', { value: 12, configurable: true, enumerable: false });
  return err;
}

// The time a measure endpoint names: a number, a mark, or a node milestone.
function markTime(name) {
  if (name === undefined) return undefined;
  if (typeof name === 'number') return name;
  name = `${name}`;
  if (Object.hasOwn(milestones, name)) return milestones[name];
  const t = markTimes.get(name);
  if (t === undefined) throw syntaxError(`The "${name}" performance mark has not been set`);
  return t;
}

function mark(name, options = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  const entry = new PerformanceMark(name, options);
  markEntries.push(entry);
  markTimes.set(entry.name, entry.startTime);
  enqueue(entry);
  return entry;
}

function measure(name, startOrOptions = undefined, endMark = undefined) {
  if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
  name = `${name}`;
  let start;
  let end;
  let duration;
  let detail = null;
  const isOptions = startOrOptions !== null && typeof startOrOptions === 'object';
  if (isOptions) {
    if (endMark !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS('endMark must not be specified');
    }
    ({ start, end, duration } = startOrOptions);
    if (start !== undefined && end !== undefined && duration !== undefined) {
      throw new ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS(
        'Must not have options.start, options.end, and options.duration specified');
    }
    detail = cloneDetail(startOrOptions.detail);
  }
  let endTime;
  if (endMark !== undefined) endTime = markTime(endMark);
  else if (end !== undefined) endTime = markTime(end);
  else if (start !== undefined && duration !== undefined) endTime = markTime(start) + markTime(duration);
  else endTime = now();
  let startTime;
  if (startOrOptions !== undefined && !isOptions) startTime = markTime(startOrOptions);
  else if (start !== undefined) startTime = markTime(start);
  else if (duration !== undefined && end !== undefined) startTime = endTime - markTime(duration);
  else startTime = 0;
  const entry = new PerformanceMeasure(kEntry, name, startTime, endTime - startTime, detail);
  measureEntries.push(entry);
  enqueue(entry);
  return entry;
}

function byStartTime(entries) {
  // Array#sort is stable: equal start times keep marks before measures, in creation order.
  return entries.sort((a, b) => a.startTime - b.startTime);
}

function clearFrom(buffer, name) {
  if (name === undefined) {
    buffer.length = 0;
    return;
  }
  name = `${name}`;
  for (let i = buffer.length - 1; i >= 0; i--) if (buffer[i].name === name) buffer.splice(i, 1);
}

// ---------------------------------------------------------------------------------------------
// Observers

const supportedEntryTypes = ['dns', 'function', 'gc', 'http', 'http2', 'mark', 'measure', 'net',
  'quic', 'resource'];
const observers = new Set();
const pendingObservers = new Set();
let flushScheduled = false;

function enqueue(entry) {
  for (const observer of observers) observer._enqueue(entry);
}

function scheduleFlush(observer) {
  pendingObservers.add(observer);
  if (flushScheduled) return;
  flushScheduled = true;
  setImmediate(() => {
    flushScheduled = false;
    const list = [...pendingObservers];
    pendingObservers.clear();
    for (const o of list) o._dispatch();
  });
}

class PerformanceObserverEntryList {
  #entries;

  constructor(skipThrow = undefined, entries) {
    if (skipThrow !== kEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
    this.#entries = byStartTime(entries.slice());
  }

  getEntries() {
    return this.#entries.slice();
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    return this.#entries.filter((e) => e.entryType === type);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return this.#entries.filter((e) => e.name === name && (type === undefined || e.entryType === type));
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserverEntryList ${inspect(this.#entries, innerOpts(options))}`;
  }
}

class PerformanceObserver {
  #callback;
  #types = new Set();
  #buffer = [];

  constructor(callback) {
    validateFunction(callback, 'callback');
    this.#callback = callback;
  }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw new ERR_MISSING_ARGS('options.entryTypes', 'options.type');
    }
    if (entryTypes != null && type != null) {
      throw new ERR_INVALID_ARG_VALUE('options.entryTypes', entryTypes,
        'options.entryTypes can not set with options.type together');
    }
    this.#types.clear();
    if (entryTypes !== undefined) {
      if (!Array.isArray(entryTypes)) {
        throw new ERR_INVALID_ARG_TYPE('options.entryTypes', 'string[]', entryTypes);
      }
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) this.#types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      this.#types.add(type);
      if (buffered) {
        const existing = type === 'mark' ? markEntries : type === 'measure' ? measureEntries : [];
        if (existing.length > 0) {
          this.#buffer.push(...existing);
          scheduleFlush(this);
        }
      }
    }
    if (this.#types.size > 0) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    observers.delete(this);
    pendingObservers.delete(this);
    this.#buffer = [];
  }

  takeRecords() {
    const list = this.#buffer;
    this.#buffer = [];
    return list;
  }

  static get supportedEntryTypes() {
    return supportedEntryTypes.slice();
  }

  _enqueue(entry) {
    if (!this.#types.has(entry.entryType)) return;
    this.#buffer.push(entry);
    scheduleFlush(this);
  }

  _dispatch() {
    if (this.#buffer.length === 0) return;
    const list = new PerformanceObserverEntryList(kEntry, this.takeRecords());
    Reflect.apply(this.#callback, this, [list, this]);
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceObserver ${inspect({
      connected: observers.has(this),
      pending: pendingObservers.has(this),
      entryTypes: [...this.#types],
      buffer: this.#buffer,
    }, innerOpts(options))}`;
  }
}
Object.defineProperty(PerformanceObserver.prototype, '_enqueue', { enumerable: false });
Object.defineProperty(PerformanceObserver.prototype, '_dispatch', { enumerable: false });

// ---------------------------------------------------------------------------------------------
// timerify

function timerify(fn, options = {}) {
  validateFunction(fn, 'fn');
  validateObject(options, 'options');
  function timerified(...args) {
    const start = now();
    const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
    const end = now();
    const entry = new PerformanceEntry(kEntry, fn.name, 'function', start, end - start);
    enqueue(entry);
    return result;
  }
  Object.defineProperties(timerified, {
    length: { value: fn.length, configurable: true },
    name: { value: `timerified ${fn.name}`, configurable: true },
  });
  return timerified;
}

// ---------------------------------------------------------------------------------------------
// Histograms (exact values kept sorted; percentiles walk the levels as HDR histograms do)

const kInt64Max = 9223372036854775807;

class Histogram {
  #values = [];
  #exceeds = 0;

  get count() { return this.#values.length; }

  get countBigInt() { return BigInt(this.#values.length); }

  get min() { return this.#values.length === 0 ? kInt64Max : this.#values[0]; }

  get minBigInt() { return BigInt(this.min); }

  get max() { return this.#values.length === 0 ? 0 : this.#values[this.#values.length - 1]; }

  get maxBigInt() { return BigInt(this.max); }

  get mean() {
    const v = this.#values;
    if (v.length === 0) return NaN;
    return v.reduce((a, b) => a + b, 0) / v.length;
  }

  #moment(k) {
    const mean = this.mean;
    return this.#values.reduce((a, x) => a + (x - mean) ** k, 0) / this.#values.length;
  }

  get stddev() {
    if (this.#values.length === 0) return NaN;
    return Math.sqrt(this.#moment(2));
  }

  get skewness() {
    if (this.#values.length < 3) return 0;
    const sd = this.stddev;
    return sd === 0 ? 0 : this.#moment(3) / sd ** 3;
  }

  get kurtosis() {
    if (this.#values.length < 3) return 0;
    const sd = this.stddev;
    const m2 = this.#moment(2);
    return sd === 0 ? 0 : this.#moment(4) / (m2 * m2) - 3;
  }

  get exceeds() { return this.#exceeds; }

  get exceedsBigInt() { return BigInt(this.#exceeds); }

  percentile(percentile) {
    validateNumber(percentile, 'percentile');
    if (!(percentile > 0 && percentile <= 100)) {
      throw new ERR_OUT_OF_RANGE('percentile', '> 0 && <= 100', percentile);
    }
    const v = this.#values;
    if (v.length === 0) return 0;
    const rank = Math.max(1, Math.floor((percentile / 100) * v.length + 0.5));
    return v[Math.min(rank, v.length) - 1];
  }

  percentileBigInt(percentile) {
    return BigInt(this.percentile(percentile));
  }

  get percentiles() {
    const map = new Map();
    const v = this.#values;
    if (v.length === 0) {
      map.set(100, 0);
      return map;
    }
    // Levels 0, 50, 75, 87.5, ... until the level reaching the largest value, then 100.
    for (let level = 0, step = 50; ; step /= 2) {
      const rank = Math.max(1, Math.ceil((level / 100) * v.length));
      map.set(level, v[rank - 1]);
      if (rank >= v.length) break;
      level += step;
      if (level === 0) level = 50;
    }
    map.set(100, v[v.length - 1]);
    return map;
  }

  get percentilesBigInt() {
    const map = new Map();
    for (const [k, val] of this.percentiles) map.set(k, BigInt(val));
    return map;
  }

  reset() {
    this.#values = [];
    this.#exceeds = 0;
  }

  _record(val) {
    let lo = 0;
    let hi = this.#values.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#values[mid] <= val) lo = mid + 1;
      else hi = mid;
    }
    this.#values.splice(lo, 0, val);
  }

  _values() {
    return this.#values;
  }

  toJSON() {
    return {
      count: this.count,
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      percentiles: Object.fromEntries(this.percentiles),
    };
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    return `Histogram ${inspect({
      min: this.min,
      max: this.max,
      mean: this.mean,
      exceeds: this.exceeds,
      stddev: this.stddev,
      skewness: this.skewness,
      kurtosis: this.kurtosis,
      count: this.count,
      percentiles: this.percentiles,
    }, innerOpts(options))}`;
  }
}
for (const key of ['_record', '_values']) {
  Object.defineProperty(Histogram.prototype, key, { enumerable: false });
}

class RecordableHistogram extends Histogram {
  #prev = 0;

  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    validateInteger(val, 'val', 1);
    this._record(val);
  }

  recordDelta() {
    const t = hrtimeNs();
    if (this.#prev !== 0) this._record(Math.max(1, Math.round(t - this.#prev)));
    this.#prev = t;
  }

  add(other) {
    if (!(other instanceof Histogram)) {
      throw new ERR_INVALID_ARG_TYPE('other', 'RecordableHistogram', other);
    }
    for (const v of other._values()) this._record(v);
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  return new RecordableHistogram();
}

// Event loop delay: a repeating unref'd timer records how late it fires (in nanoseconds).
class IntervalHistogram extends Histogram {
  #resolution;
  #timer = null;
  #last = 0;

  constructor(resolution) {
    super();
    this.#resolution = resolution;
  }

  enable() {
    if (this.#timer !== null) return false;
    this.#last = hrtimeNs();
    this.#timer = setInterval(() => {
      const t = hrtimeNs();
      const delay = t - this.#last - this.#resolution * 1e6;
      this._record(Math.max(1, Math.round(delay)));
      this.#last = t;
    }, this.#resolution);
    if (typeof this.#timer.unref === 'function') this.#timer.unref();
    return true;
  }

  disable() {
    if (this.#timer === null) return false;
    clearInterval(this.#timer);
    this.#timer = null;
    return true;
  }

  [Symbol.dispose]() {
    this.disable();
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  validateInteger(resolution, 'options.resolution', 1);
  return new IntervalHistogram(resolution);
}

// ---------------------------------------------------------------------------------------------
// performance

function eventLoopUtilization(util1, util2) {
  // weft does not measure loop idle time yet: every reading (and difference) is zero.
  return { idle: 0, active: 0, utilization: 0 };
}

const milestones = {
  nodeStart: 0,
  v8Start: 0,
  environment: 0,
  bootstrapComplete: 0,
  loopStart: -1,
  loopExit: -1,
};
{
  const t = now();
  milestones.v8Start = t * 0.1;
  milestones.environment = t * 0.5;
  milestones.bootstrapComplete = t;
}

class PerformanceNodeTiming {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get name() { return 'node'; }

  get entryType() { return 'node'; }

  get startTime() { return 0; }

  get duration() { return now(); }

  get nodeStart() { return milestones.nodeStart; }

  get v8Start() { return milestones.v8Start; }

  get environment() { return milestones.environment; }

  get loopStart() { return milestones.loopStart; }

  get loopExit() { return milestones.loopExit; }

  get bootstrapComplete() { return milestones.bootstrapComplete; }

  get idleTime() { return 0; }

  get uvMetricsInfo() { return { loopCount: 0, events: 0, eventsWaiting: 0 }; }

  toJSON() {
    return {
      name: 'node',
      entryType: 'node',
      startTime: 0,
      duration: this.duration,
      nodeStart: this.nodeStart,
      v8Start: this.v8Start,
      bootstrapComplete: this.bootstrapComplete,
      environment: this.environment,
      loopStart: this.loopStart,
      loopExit: this.loopExit,
      idleTime: this.idleTime,
    };
  }

  [customInspect](depth, options) {
    if (depth < 0) return this;
    return `PerformanceNodeTiming ${inspect(this.toJSON(), innerOpts(options))}`;
  }
}
const nodeTiming = new PerformanceNodeTiming(kEntry);
// Node gives the timing object its fields as own enumerable accessors.
for (const key of ['name', 'entryType', 'startTime', 'duration', 'nodeStart', 'v8Start',
  'environment', 'loopStart', 'loopExit', 'bootstrapComplete', 'idleTime', 'uvMetricsInfo']) {
  const get = Object.getOwnPropertyDescriptor(PerformanceNodeTiming.prototype, key).get;
  Object.defineProperty(nodeTiming, key, { get, enumerable: true, configurable: true });
}

class Performance {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  clearMarks(name = undefined) {
    if (name !== undefined) markTimes.delete(`${name}`);
    else markTimes.clear();
    clearFrom(markEntries, name);
  }

  clearMeasures(name = undefined) {
    clearFrom(measureEntries, name);
  }

  clearResourceTimings() {}

  getEntries() {
    return byStartTime([...markEntries, ...measureEntries]);
  }

  getEntriesByName(name, type = undefined) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('name');
    name = `${name}`;
    if (type !== undefined) type = `${type}`;
    return this.getEntries().filter(
      (e) => e.name === name && (type === undefined || e.entryType === type));
  }

  getEntriesByType(type) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    type = `${type}`;
    if (type === 'mark') return byStartTime(markEntries.slice());
    if (type === 'measure') return byStartTime(measureEntries.slice());
    return [];
  }

  mark(name, options) {
    return Reflect.apply(mark, undefined, arguments);
  }

  measure(name, startOrOptions, endMark) {
    return Reflect.apply(measure, undefined, arguments);
  }

  now() {
    return now();
  }

  setResourceTimingBufferSize(maxSize) {}

  get timeOrigin() {
    return timeOrigin;
  }

  toJSON() {
    return {
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    };
  }

  eventLoopUtilization(util1, util2) {
    return eventLoopUtilization(util1, util2);
  }

  get nodeTiming() {
    return nodeTiming;
  }

  markResourceTiming() {}

  timerify(fn, options) {
    return timerify(fn, options);
  }

  get onresourcetimingbufferfull() {
    return null;
  }

  set onresourcetimingbufferfull(value) {}

  [customInspect](depth, options) {
    if (depth < 0) return this;
    return `Performance ${inspect({
      nodeTiming: this.nodeTiming,
      timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization,
    }, innerOpts(options))}`;
  }
}
for (const key of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize',
  'timeOrigin', 'toJSON']) {
  Object.defineProperty(Performance.prototype, key, { enumerable: true });
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', configurable: true,
});

const performance = new Performance(kEntry);

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(skipThrow = undefined) {
    if (skipThrow !== kEntry) throw new ERR_ILLEGAL_CONSTRUCTOR();
    super(kEntry, '', 'resource', 0, 0);
  }
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_MINOR_MARK_SWEEP: 2,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  eventLoopUtilization,
  timerify,
  createHistogram,
  performance,
  constants,
};
