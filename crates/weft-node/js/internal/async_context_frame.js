// The async context frame (Node >= 24's lib/internal/async_context_frame.js model): an immutable
// map {AsyncLocalStorage or AsyncContext.Variable -> value} kept in the engine's
// continuation-preserved slot. The engine captures the slot when a promise reaction or job is
// created and restores it while it runs; weft's scope guard does the same for timers,
// immediates, ticks and AsyncResources. No hook is involved.
'use strict';

const { getFrame, setFrame } = internalBinding('async_wrap');

class AsyncContextFrame extends Map {
  constructor(key, value) {
    super(getFrame());
    this.set(key, value);
  }

  static current() {
    return getFrame();
  }

  static set(frame) {
    setFrame(frame);
  }

  static exchange(frame) {
    const prior = getFrame();
    setFrame(frame);
    return prior;
  }

  // Removes `key` from the current frame in place: the one mutation of a frame, visible to
  // every continuation that captured that same frame (Node's `disable`).
  static disable(key) {
    const frame = getFrame();
    if (frame !== undefined) Map.prototype.delete.call(frame, key);
  }
}

module.exports = AsyncContextFrame;
