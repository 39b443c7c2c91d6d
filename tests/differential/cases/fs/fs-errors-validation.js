// fs argument validation: the TypeError/RangeError codes and messages Node 26 throws
// synchronously (missing callbacks, bad paths incl. null bytes, bad fds, flags, modes,
// buffers, offsets/lengths/positions, options), and paths given as Buffers and file: URLs.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const d = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-val-'));
const clean = (s) => String(s).split(d).join('<tmp>');
function t(label, f) {
  try {
    const r = f();
    console.log(label, 'ok', clean(typeof r === 'object' ? JSON.stringify(r) : r));
  } catch (e) {
    console.log(label, e.name, e.code, clean(e.message));
  }
}
const f = path.join(d, 'f');
fs.writeFileSync(f, 'data');

t('stat no cb', () => fs.stat(f));
t('readFile no cb', () => fs.readFile(f));
t('open no cb', () => fs.open(f, 'r'));
t('close bad cb', () => fs.close(1, 'x'));
t('writeFile no cb', () => fs.writeFile(f, 'x'));
t('mkdir no cb', () => fs.mkdir(path.join(d, 'm')));
t('exists no cb', () => fs.exists(f));
t('path number', () => fs.statSync(42));
t('path object', () => fs.readFileSync({}));
t('path undefined', () => fs.openSync());
t('path null byte', () => fs.statSync('a\u0000b'));
t('fd string', () => fs.fstatSync('1'));
t('fd negative', () => fs.closeSync(-2));
t('fd float', () => fs.closeSync(1.5));
t('flags bad', () => fs.openSync(f, 'rw'));
t('mode bad', () => fs.openSync(f, 'r', 'abc'));
t('mode neg', () => fs.chmodSync(f, -1));
t('buffer bad', () => fs.readSync(0, 'str'));
t('write bad', () => fs.writeSync(1, 42));
t('writeFile data', () => fs.writeFileSync(f, 42));
t('offset big', () => fs.readSync(0, Buffer.alloc(4), 5, 1, 0));
t('length big', () => fs.readSync(0, Buffer.alloc(4), 0, 10, 0));
t('position bad', () => fs.readSync(0, Buffer.alloc(4), 0, 1, 'x'));
t('options bad', () => fs.readFileSync(f, 42));
t('encoding bad', () => fs.readFileSync(f, 'nope'));
t('rm options', () => fs.rmSync(f, { recursive: 1 }));
t('mkdir recursive', () => fs.mkdirSync(f, { recursive: 'yes' }));
t('copy mode', () => fs.copyFileSync(f, f + '2', 8));
t('access mode', () => fs.accessSync(f, 8));
t('access mode type', () => fs.accessSync(f, 'r'));
t('utimes bad', () => fs.utimesSync(f, 'x', 1));
t('chown bad', () => fs.chownSync(f, 'a', 1));
t('truncate len', () => fs.truncateSync(f, 'x'));

// Buffers and file: URLs are paths too.
t('buffer path', () => fs.readFileSync(Buffer.from(f), 'utf8'));
t('url path', () => fs.readFileSync(pathToFileURL(f), 'utf8'));
t('url string is path', () => fs.existsSync(pathToFileURL(f).href));
t('url bad scheme', () => fs.readFileSync(new URL('http://x/y')));
t('stat url', () => fs.statSync(pathToFileURL(d)).isDirectory());

fs.rmSync(d, { recursive: true });
