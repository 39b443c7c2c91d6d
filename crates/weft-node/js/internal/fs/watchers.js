// fs.watchFile/unwatchFile (StatWatcher over a STATWATCHER handle) and fs.watch (FSWatcher
// over an FSEVENTWRAP handle), mirroring Node 26's lib/internal/fs/watchers.js. The handles
// are native-owned resources (internalBinding('fs') statWatchStart/eventWatchStart); their
// `onchange` runs through MakeCallback. Closing emits 'stop'/'close' on the next tick.
'use strict';

const binding = internalBinding('fs');
const { initWrap } = internalBinding('stream_wrap');
const EventEmitter = require('events');
const pathModule = require('path');
const { validateFunction, validateBoolean, validateAbortSignal } = require('internal/validators');
const { getValidatedPath, getOptions, uvException, getStatsFromBinding } = require('internal/fs/utils');

const kId = Symbol('asyncId');
const kOwner = Symbol('owner');

// ---- StatWatcher (fs.watchFile) ----

// The native handle, named as Node's binding class.
const StatWatcherHandle = class StatWatcher {
  constructor() { Object.defineProperty(this, kId, { __proto__: null, value: initWrap(this, 'STATWATCHER'), writable: true }); }
  close() { binding.watchClose(this[kId]); }
  ref() { binding.watchRef(this[kId], true); return this; }
  unref() { binding.watchRef(this[kId], false); return this; }
};

function onStatChange(status, next, prev) {
  const self = this[kOwner];
  const bigint = self[kBigint];
  self.emit('change', getStatsFromBinding(next, bigint), getStatsFromBinding(prev, bigint));
}

const kBigint = Symbol('kBigint');
const kRefs = Symbol('kRefs');

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._handle = null;
    this[kBigint] = !!bigint;
    this[kRefs] = 1;
  }

  start(filename, persistent, interval) {
    if (this._handle !== null) return;
    this._handle = new StatWatcherHandle();
    this._handle[kOwner] = this;
    this._handle.onchange = onStatChange;
    binding.statWatchStart(this._handle[kId], filename, interval, persistent !== false);
  }

  stop() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }
}

const statWatchers = new Map();

function watchFile(filename, options, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  if (options === null || typeof options !== 'object') {
    listener = options;
    options = null;
  }
  options = { interval: 5007, persistent: true, ...options };
  validateFunction(listener, 'listener');
  let stat = statWatchers.get(filename);
  if (stat === undefined) {
    stat = new StatWatcher(options.bigint);
    stat.start(filename, options.persistent, options.interval);
    statWatchers.set(filename, stat);
  }
  stat.addListener('change', listener);
  return stat;
}

function unwatchFile(filename, listener) {
  filename = pathModule.resolve(getValidatedPath(filename));
  const stat = statWatchers.get(filename);
  if (stat === undefined) return;
  if (typeof listener === 'function') stat.removeListener('change', listener);
  else stat.removeAllListeners('change');
  if (stat.listenerCount('change') === 0) {
    stat.stop();
    statWatchers.delete(filename);
  }
}

// ---- FSWatcher (fs.watch) ----

const FSEvent = class FSEvent {
  constructor() { Object.defineProperty(this, kId, { __proto__: null, value: initWrap(this, 'FSEVENTWRAP'), writable: true }); }
  close() { binding.watchClose(this[kId]); }
  ref() { binding.watchRef(this[kId], true); }
  unref() { binding.watchRef(this[kId], false); }
};

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this._handle = new FSEvent();
    this._handle[kOwner] = this;
    this._encoding = undefined;
    this._handle.onchange = (status, eventType, filename) => {
      if (status < 0) {
        if (this._handle !== null) {
          this._handle.close();
          this._handle = null;
        }
        const error = uvException(status, 'watch', filename);
        error.filename = filename;
        this.emit('error', error);
        return;
      }
      if (this._encoding === 'buffer') filename = require('buffer').Buffer.from(filename);
      else if (this._encoding && this._encoding !== 'utf8' && this._encoding !== 'utf-8') {
        filename = require('buffer').Buffer.from(filename).toString(this._encoding);
      }
      this.emit('change', eventType, filename);
    };
  }

  start(filename, persistent, recursive, encoding) {
    this._encoding = encoding;
    const err = binding.eventWatchStart(this._handle[kId], filename, persistent !== false);
    if (err) {
      this._handle.close();
      this._handle = null;
      const error = uvException(err, 'watch', filename);
      error.filename = filename;
      throw error;
    }
  }

  close() {
    if (this._handle === null) return;
    this._handle.close();
    this._handle = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    this._handle?.ref();
    return this;
  }

  unref() {
    this._handle?.unref();
    return this;
  }

  [Symbol.dispose]() {
    this.close();
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = getOptions(options);
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  validateBoolean(options.persistent, 'options.persistent');
  validateBoolean(options.recursive, 'options.recursive');
  if (options.signal !== undefined) validateAbortSignal(options.signal, 'options.signal');
  const path = getValidatedPath(filename, 'filename');
  const watcher = new FSWatcher();
  watcher.start(path, options.persistent, options.recursive, options.encoding);
  if (listener) watcher.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) {
      process.nextTick(() => watcher.close());
    } else {
      options.signal.addEventListener('abort', () => watcher.close(), { once: true });
    }
  }
  return watcher;
}

module.exports = { StatWatcher, FSWatcher, watchFile, unwatchFile, watch };
