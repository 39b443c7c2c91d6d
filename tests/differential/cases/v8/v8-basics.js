// node:v8 in weft: startupSnapshot outside a snapshot build (ERR_NOT_BUILDING_SNAPSHOT),
// setFlagsFromString / isStringOneByteRepresentation validation, cachedDataVersionTag and the
// field names of getHeapStatistics (values differ between engines: only their types are shown).
'use strict';
const v8 = require('v8');
console.log(v8 === require('node:v8'), require('module').builtinModules.includes('v8'));
for (const f of [() => v8.startupSnapshot.addSerializeCallback(() => {}), () => v8.startupSnapshot.addDeserializeCallback(() => {}), () => v8.startupSnapshot.setDeserializeMainFunction(() => {}), () => v8.setFlagsFromString(1), () => v8.isStringOneByteRepresentation(1)]) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(v8.startupSnapshot.isBuildingSnapshot(), v8.setFlagsFromString('--no-opt'), typeof v8.cachedDataVersionTag(), Number.isInteger(v8.cachedDataVersionTag()));
console.log(v8.isStringOneByteRepresentation('abcé'), v8.isStringOneByteRepresentation('€'), v8.isStringOneByteRepresentation(''));
const h = v8.getHeapStatistics();
console.log(Object.keys(h).filter((k) => k !== 'total_allocated_bytes').join(), Object.values(h).every((v) => typeof v === 'number'), h.used_heap_size > 0, h.heap_size_limit >= h.used_heap_size);
