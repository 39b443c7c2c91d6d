// The `v8` module (Node's lib/v8.js), the part that means something on QuickJS: the
// startupSnapshot API outside a snapshot build (isBuildingSnapshot() is 0 and the
// callbacks throw ERR_NOT_BUILDING_SNAPSHOT, as in a normal Node process; koa 3 checks it when
// an application is created), setFlagsFromString (accepted, no V8 flags to set),
// cachedDataVersionTag, getHeapStatistics (Node's field names; sizes from the QuickJS heap as
// process.memoryUsage reports it), isStringOneByteRepresentation. Not provided: serialize/
// deserialize and the Serializer classes, heap snapshots, coverage, CPU/heap profiles,
// promiseHooks, queryObjects.
'use strict';

const { validateString } = require('internal/validators');
const { codes: { ERR_NOT_BUILDING_SNAPSHOT } } = require('internal/errors');

function throwNotBuilding() {
  throw new ERR_NOT_BUILDING_SNAPSHOT();
}

const startupSnapshot = {
  addSerializeCallback(callback, data) { throwNotBuilding(); },
  addDeserializeCallback(callback, data) { throwNotBuilding(); },
  setDeserializeMainFunction(callback, data) { throwNotBuilding(); },
  // Node answers with the raw flag, 0, not false.
  isBuildingSnapshot() { return 0; },
};

function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

// A fixed tag: code caches are not shared between weft builds anyway.
function cachedDataVersionTag() {
  return 0x77656674;
}

function getHeapStatistics() {
  const { heapTotal, heapUsed, external } = process.memoryUsage();
  return {
    total_heap_size: heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: heapTotal,
    total_available_size: Math.max(0, 4 * 1024 ** 3 - heapUsed),
    used_heap_size: heapUsed,
    heap_size_limit: 4 * 1024 ** 3,
    malloced_memory: heapTotal,
    peak_malloced_memory: heapTotal,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: external,
    total_allocated_bytes: heapTotal,
  };
}

// V8 keeps a string one-byte when every code unit fits in Latin-1.
function isStringOneByteRepresentation(content) {
  validateString(content, 'content');
  for (let i = 0; i < content.length; i++) {
    if (content.charCodeAt(i) > 0xff) return false;
  }
  return true;
}

module.exports = {
  cachedDataVersionTag,
  getHeapStatistics,
  setFlagsFromString,
  startupSnapshot,
  isStringOneByteRepresentation,
};
