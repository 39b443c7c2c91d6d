// process.loadEnvFile(path): .env syntax (export, comments, quotes of three kinds, multi-line
// double-quoted values, "\n" escapes, '=' inside values), variables already set are kept;
// a missing file throws fs's ENOENT error; a bad path type throws ERR_INVALID_ARG_TYPE.
'use strict';
const path = require('path');
const home = process.env.HOME;
process.loadEnvFile(path.join(__dirname, '_fixture.env'));
for (const k of ['WEFT_A', 'WEFT_B', 'WEFT_C', 'WEFT_D', 'WEFT_E', 'WEFT_F', 'WEFT_EMPTY', 'WEFT_G',
  'WEFT_H', 'WEFT_M', 'WEFT_N', 'WEFT_NOEQ', 'WEFT_I', '']) {
  console.log(JSON.stringify(k), JSON.stringify(process.env[k]));
}
console.log('HOME kept', process.env.HOME === home);
try {
  process.loadEnvFile(path.join(__dirname, 'missing.env'));
} catch (e) {
  console.log(e.name, e.code, e.syscall, Object.keys(e));
}
try {
  process.loadEnvFile(5);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
