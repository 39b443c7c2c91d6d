// require: relative files, JSON, cycles, require.resolve of builtins, module/require identity.
const path = require('node:path');
console.log(typeof require('fs').writeSync, require.resolve('fs'), require.resolve('node:fs'));
console.log(path.join('a', '..', 'b'), path.basename(__filename), path.basename(__dirname) !== '');
console.log(require.main === module, typeof module.exports, module.id);
try { require('./does-not-exist'); } catch (e) { console.log(e.code, e.message.split('\n')[0].replace(__dirname, '<here>')); }
try { require('node:nope'); } catch (e) { console.log(e.code, e.message); }
