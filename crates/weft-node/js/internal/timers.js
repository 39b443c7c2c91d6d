// Timeout and Immediate objects (Node's lib/internal/timers.js shapes and rules).
// The objects live in JS so users see Node's fields and methods; their scheduling lives in the
// Rust event loop (weft-loop), which calls back through the runtime's one scope guard.
'use strict';

const binding = internalBinding('timers');
const { newAsyncId, defaultTriggerAsyncId, queueDestroy } = internalBinding('async_wrap');
const { async_id_symbol, trigger_async_id_symbol } = require('internal/async_hooks_symbols');

const TIMEOUT_MAX = 2 ** 31 - 1;
const kRefed = Symbol('refed');
const kHasPrimitive = Symbol('kHasPrimitive');
// Timers whose id was observed through Symbol.toPrimitive, so clearTimeout(number) works.
const knownTimersById = { __proto__: null };

function emitTimerWarning(message, name) {
  if (typeof process === 'object' && typeof process.emitWarning === 'function') {
    process.emitWarning(message, name);
  }
}

// Node warns about negative and NaN delays once per process, about overflow every time.
let warnedNegative = false;
let warnedNaN = false;

function clampDelay(msecs) {
  let after = msecs * 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      emitTimerWarning(`${after} does not fit into a 32-bit signed integer.` +
        '\nTimeout duration was set to 1.', 'TimeoutOverflowWarning');
    } else if (after < 0) {
      if (warnedNegative) return 1;
      warnedNegative = true;
      emitTimerWarning(`${after} is a negative number.` +
        '\nTimeout duration was set to 1.', 'TimeoutNegativeWarning');
    } else if (Number.isNaN(after) && msecs !== undefined) {
      if (warnedNaN) return 1;
      warnedNaN = true;
      emitTimerWarning(`${after} is not a number.` +
        '\nTimeout duration was set to 1.', 'TimeoutNaNWarning');
    }
    after = 1;
  }
  return after;
}

class Timeout {
  constructor(callback, after, args, isRepeat, isRefed) {
    after = clampDelay(after);
    this._idleTimeout = after;
    this._idlePrev = this;
    this._idleNext = this;
    this._idleStart = null;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = isRefed;
    this[kHasPrimitive] = false;
    const asyncId = newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = defaultTriggerAsyncId();
    binding.createTimer(this, asyncId, this[trigger_async_id_symbol], after, isRefed);
  }

  refresh() {
    if (!this._destroyed) binding.refreshTimer(this[async_id_symbol], this._idleTimeout);
    return this;
  }

  unref() {
    this[kRefed] = false;
    if (!this._destroyed) binding.setTimerRef(this[async_id_symbol], false);
    return this;
  }

  ref() {
    this[kRefed] = true;
    if (!this._destroyed) binding.setTimerRef(this[async_id_symbol], true);
    return this;
  }

  hasRef() {
    return this[kRefed];
  }

  close() {
    clearTimeout(this);
    return this;
  }

  [Symbol.toPrimitive]() {
    const id = this[async_id_symbol];
    if (!this[kHasPrimitive]) {
      this[kHasPrimitive] = true;
      knownTimersById[id] = this;
    }
    return id;
  }
}

// Called by the runtime when a timer has fired for the last time (not re-armed).
function timerDone(timer) {
  timer._destroyed = true;
  timer._idleNext = null;
  timer._idlePrev = null;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
}

function clearTimeout(timer) {
  if (timer && timer._onTimeout) {
    timer._onTimeout = null;
    unenroll(timer);
    return;
  }
  if (typeof timer === 'number' || typeof timer === 'string') {
    const timerInstance = knownTimersById[timer];
    if (timerInstance !== undefined) {
      timerInstance._idleTimeout = -1;
      unenroll(timerInstance);
    }
  }
}

function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kHasPrimitive]) delete knownTimersById[timer[async_id_symbol]];
  if (binding.clearTimer(timer[async_id_symbol])) queueDestroy(timer[async_id_symbol]);
  timer._idleNext = null;
  timer._idlePrev = null;
  timer._idleTimeout = -1;
}

class Immediate {
  constructor(callback, args) {
    this._idleNext = null;
    this._idlePrev = null;
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    const asyncId = newAsyncId();
    this[async_id_symbol] = asyncId;
    this[trigger_async_id_symbol] = defaultTriggerAsyncId();
    binding.createImmediate(this, asyncId, this[trigger_async_id_symbol]);
  }

  ref() {
    if (!this[kRefed]) {
      this[kRefed] = true;
      if (!this._destroyed) binding.setImmediateRef(this[async_id_symbol], true);
    }
    return this;
  }

  unref() {
    if (this[kRefed]) {
      this[kRefed] = false;
      if (!this._destroyed) binding.setImmediateRef(this[async_id_symbol], false);
    }
    return this;
  }

  hasRef() {
    return !!this[kRefed];
  }
}

function clearImmediate(immediate) {
  if (!immediate || immediate._destroyed) return;
  immediate._destroyed = true;
  immediate._onImmediate = null;
  if (binding.clearImmediate(immediate[async_id_symbol])) queueDestroy(immediate[async_id_symbol]);
}

module.exports = {
  Timeout,
  Immediate,
  TIMEOUT_MAX,
  kRefed,
  timerDone,
  clearTimeout,
  clearImmediate,
  knownTimersById,
};
