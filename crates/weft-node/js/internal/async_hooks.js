// Internal async_hooks helpers for built-in modules (Node's lib/internal/async_hooks.js):
// `defaultTriggerAsyncIdScope` makes resources created inside `fn` take `triggerAsyncId` as
// their trigger (how a server's 'listening' tick or a socket's connect request point back to
// their handle).
'use strict';

const binding = internalBinding('async_wrap');

function defaultTriggerAsyncIdScope(triggerAsyncId, fn, ...args) {
  if (triggerAsyncId === undefined) return fn(...args);
  const prior = binding.setDefaultTrigger(triggerAsyncId);
  try {
    return fn(...args);
  } finally {
    binding.restoreDefaultTrigger(prior);
  }
}

module.exports = {
  defaultTriggerAsyncIdScope,
  newAsyncId: binding.newAsyncId,
  executionAsyncId: binding.executionAsyncId,
};
