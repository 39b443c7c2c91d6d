// ESM use of the modules: named and default imports of node:url/path/querystring/perf_hooks/vm/
// module, fileURLToPath(import.meta.url), createRequire(import.meta.url).
import { fileURLToPath, pathToFileURL, URL as U2 } from 'node:url';
import path, { win32 } from 'node:path';
import qs from 'node:querystring';
import { performance as p } from 'node:perf_hooks';
import vm from 'node:vm';
import { createRequire } from 'node:module';
const __filename = fileURLToPath(import.meta.url);
console.log(path.basename(__filename), U2 === URL, win32.sep, qs.stringify({ a: 1 }), typeof p.now(), vm.runInThisContext('1+1'));
const require = createRequire(import.meta.url);
console.log(require('path') === path, pathToFileURL(__filename).href === import.meta.url);
