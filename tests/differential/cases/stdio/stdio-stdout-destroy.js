// Destroying process.stdout/stderr never closes the fd: the stream stays usable ('close' is
// still emitted; an error passed to destroy is emitted).
'use strict';
const fs = require('fs');
const w = (s) => fs.writeSync(2, s + '\n');
const o = process.stdout;
o.on('close', () => w('close'));
o.on('error', (e) => w('error ' + e.code));
o.destroy();
w('destroyed ' + o.destroyed + ' ' + o.writable);
o.write('after destroy\n', (e) => w('cb ' + e));
setTimeout(() => { w('later ' + o.destroyed); o.write('later\n', (e) => w('cb2 ' + e)); }, 10);
const e = process.stderr;
e.destroy(new Error('boom'));
e.on('error', (x) => w('stderr error ' + x.message));
