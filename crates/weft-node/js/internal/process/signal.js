// Signal listeners on `process` (mirrors Node's lib/internal/process/signal.js): the first
// 'SIGxxx' listener creates a SIGNALWRAP handle that watches the signal (unref'd: it never keeps
// the process alive) and emits the signal on `process` as (name, number); removing the last
// listener closes the handle, which gives the signal its default action back.
'use strict';

const binding = internalBinding('signals');
const { signals } = binding;

const signalWraps = new Map();

function isSignal(event) {
  return typeof event === 'string' && event.startsWith('SIG') && signals[event] !== undefined;
}

// The handle object hooks see as the SIGNALWRAP resource.
class Signal {
  constructor() {
    this.asyncId = binding.createWrap(this);
    this.onsignal = null;
  }

  start(signum) { return binding.start(this.asyncId, signum); }

  close() { binding.close(this.asyncId); }

  // Signal handles are always unref'd (they do not keep the loop alive).
  unref() { return this; }

  ref() { return this; }

  hasRef() { return false; }
}

function startListeningIfSignal(type) {
  if (isSignal(type) && !signalWraps.has(type)) {
    const wrap = new Signal();
    wrap.unref();
    wrap.onsignal = process.emit.bind(process, type, type);
    const signum = signals[type];
    const err = wrap.start(signum);
    if (err) {
      wrap.close();
      internalBinding('process_methods').errnoException(err, 'uv_signal_start');
    }
    signalWraps.set(type, wrap);
  }
}

function stopListeningIfSignal(type) {
  const wrap = signalWraps.get(type);
  if (wrap !== undefined && process.listenerCount(type) === 0) {
    wrap.close();
    signalWraps.delete(type);
  }
}

module.exports = { startListeningIfSignal, stopListeningIfSignal };
