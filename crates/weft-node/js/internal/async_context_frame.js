// The async context frame (Node >= 24's lib/internal/async_context_frame.js model): an immutable
// mapping {AsyncLocalStorage or AsyncContext.Variable -> value} kept in the engine's
// continuation-preserved slot. The engine captures the slot when a promise reaction or job is
// created and restores it while it runs; weft's scope guard does the same for timers,
// immediates, ticks and AsyncResources. No hook is involved.
//
// Node uses a Map keyed by the storage object; weft uses a null-prototype object keyed by a
// private symbol per storage, because a property read is the cheapest lookup QuickJS has and
// `getStore()` is a hot path. Frames are never exposed to user code.
'use strict';

const { getFrame, setFrame } = internalBinding('async_wrap');

// A new frame: the current one plus `key -> value`.
function withEntry(key, value) {
  const frame = { __proto__: null };
  const prior = getFrame();
  if (prior !== undefined) Object.assign(frame, prior);
  frame[key] = value;
  return frame;
}

// A new frame: the current one without `key`.
function withoutEntry(key) {
  const prior = getFrame();
  if (prior === undefined || !(key in prior)) return prior;
  const frame = { __proto__: null };
  Object.assign(frame, prior);
  delete frame[key];
  return frame;
}

// Removes `key` from the current frame in place: the one mutation of a frame, visible to every
// continuation that captured that same frame (Node's `disable`).
function disable(key) {
  const frame = getFrame();
  if (frame !== undefined) delete frame[key];
}

function exchange(frame) {
  const prior = getFrame();
  setFrame(frame);
  return prior;
}

module.exports = { getFrame, setFrame, withEntry, withoutEntry, disable, exchange };
