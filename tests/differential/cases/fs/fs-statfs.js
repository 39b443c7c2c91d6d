// fs.statfs/statfsSync/promises.statfs: StatFs shape (number and bigint), ENOENT error.
'use strict';
const fs = require('fs');
const s = fs.statfsSync('/tmp'); console.log(s.constructor.name, Object.keys(s), typeof s.bsize, s.bsize > 0);
console.log(typeof fs.statfsSync('/tmp', {bigint: true}).blocks);
try { fs.statfsSync('/nope'); } catch (e) { console.log(e.message, e.code); }
fs.statfs('/tmp', (e, s) => { console.log('cb', e, s.constructor.name);
  fs.promises.statfs('/tmp', {bigint: true}).then((s) => console.log('p', typeof s.type)); });
