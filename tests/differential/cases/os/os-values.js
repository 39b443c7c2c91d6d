// node:os values that are stable on one machine (hostname, release, interfaces, user, priority,
// constants; userInfo with encoding 'buffer') printed in full, and the shape of the ones that change between runs (uptime,
// loadavg, memory, cpus); function names, lengths, Symbol.toPrimitive shortcuts, descriptors.
'use strict';
const os = require('os');
const util = require('util');
console.log(Object.keys(os));
for (const k of ['arch', 'platform', 'type', 'release', 'version', 'machine', 'hostname',
  'homedir', 'tmpdir', 'endianness', 'availableParallelism']) {
  console.log(k, JSON.stringify(os[k]()), `${os[k]}` === String(os[k]()));
}
console.log(JSON.stringify(os.EOL), os.devNull);
console.log(typeof os.uptime(), os.uptime() > 0);
const la = os.loadavg();
console.log(Array.isArray(la), la.length, la.every((n) => typeof n === 'number' && n >= 0));
console.log(typeof os.totalmem(), os.freemem() > 0, os.freemem() <= os.totalmem());
const cpus = os.cpus();
console.log(cpus.length === os.availableParallelism(), cpus.map((c) => Object.keys(c).join()),
  cpus.map((c) => Object.keys(c.times).join()), cpus.map((c) => c.model));
console.log(cpus.every((c) => typeof c.speed === 'number' &&
  Object.values(c.times).every((t) => Number.isInteger(t) && t >= 0)));
console.log(util.inspect(os.networkInterfaces(), { depth: 4 }));
console.log(os.userInfo());
console.log(os.userInfo({ encoding: 'utf8' }).username === os.userInfo().username);
console.log(os.userInfo({ encoding: 'buffer' }));
console.log(os.getPriority(), os.getPriority(0), os.getPriority(process.pid));
console.log(os.constants);
console.log(Object.isFrozen(os.constants), Object.isFrozen(os.constants.signals),
  Object.isFrozen(os.constants.errno), Object.isFrozen(os.constants.priority));
console.log(Object.getOwnPropertyDescriptor(os, 'constants').writable,
  Object.getOwnPropertyDescriptor(os, 'EOL'), Object.getOwnPropertyDescriptor(os, 'devNull'));
for (const k of Object.keys(os)) {
  if (typeof os[k] === 'function') {
    console.log(k, JSON.stringify(os[k].name), os[k].length, typeof os[k][Symbol.toPrimitive]);
  }
}
