// fs sync API: open/read/write with positions, readFile/writeFile/appendFile encodings and
// flags, stat/lstat/fstat (Stats and BigIntStats shapes), readdir (withFileTypes, recursive),
// mkdir recursive (first created dir), mkdtemp, rename, copyFile (COPYFILE_EXCL), symlink,
// readlink, realpath, link, truncate, utimes, chmod, access, exists, rm/rmdir/unlink.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const d = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-sync-'));
const clean = (s) => String(s).split(d).join('<tmp>');
const show = (label, v) => console.log(label, clean(util.inspect(v)));
function err(label, f) {
  try {
    f();
    console.log(label, 'no error');
  } catch (e) {
    console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message));
  }
}

const f = path.join(d, 'a.txt');
fs.writeFileSync(f, 'hello world');
show('readFile utf8', fs.readFileSync(f, 'utf8'));
show('readFile buffer', fs.readFileSync(f));
show('readFile hex', fs.readFileSync(f, { encoding: 'hex' }));
fs.appendFileSync(f, '!\n');
show('after append', fs.readFileSync(f, 'utf8'));
fs.writeFileSync(f, Buffer.from('xyz'), { flag: 'a' });
show('flag a', fs.readFileSync(f, 'latin1'));
err('wx on existing', () => fs.writeFileSync(f, 'q', { flag: 'wx' }));
fs.writeFileSync(path.join(d, 'b64'), 'aGVsbG8=', 'base64');
show('base64 write', fs.readFileSync(path.join(d, 'b64'), 'utf8'));

// descriptors
const fd = fs.openSync(f, 'r+');
console.log('fd is number', typeof fd === 'number' && fd > 2);
const buf = Buffer.alloc(8, '.');
console.log('readSync', fs.readSync(fd, buf, 2, 4, 0), buf.toString());
console.log('readSync pos null', fs.readSync(fd, buf, { offset: 0, length: 3 }), buf.toString());
console.log('writeSync pos', fs.writeSync(fd, 'HE', 0), fs.readFileSync(f, 'utf8').slice(0, 5));
console.log('writeSync buffer', fs.writeSync(fd, Buffer.from('abcdef'), 1, 2, 6));
show('fstat size', fs.fstatSync(fd).size);
fs.ftruncateSync(fd, 4);
show('after ftruncate', fs.readFileSync(f, 'utf8'));
fs.fsyncSync(fd);
fs.fdatasyncSync(fd);
console.log('readFileSync(fd)', JSON.stringify(fs.readFileSync(fd, 'utf8')));
fs.closeSync(fd);
err('close twice', () => fs.closeSync(fd));
err('read closed', () => fs.readSync(fd, buf));

// stats
const st = fs.statSync(f);
console.log('stat', st.constructor.name, st.isFile(), st.isDirectory(), st.size, st.nlink,
  st.mtime instanceof Date, st.mtime.getTime() === Math.round(st.mtimeMs), Object.keys(st).join());
const bst = fs.statSync(f, { bigint: true });
console.log('bigint', bst.constructor.name, typeof bst.size, bst.size, bst.isFile(),
  bst.mtimeNs / 1000000n === bst.mtimeMs, Object.keys(bst).join());
console.log('dir stat', fs.statSync(d).isDirectory());
console.log('throwIfNoEntry', fs.statSync(path.join(d, 'none'), { throwIfNoEntry: false }));
err('stat missing', () => fs.statSync(path.join(d, 'none')));

// directories
console.log('mkdir recursive', clean(fs.mkdirSync(path.join(d, 'x/y/z'), { recursive: true })));
console.log('mkdir recursive again', fs.mkdirSync(path.join(d, 'x/y'), { recursive: true }));
console.log('mkdir plain', fs.mkdirSync(path.join(d, 'p')));
err('mkdir exists', () => fs.mkdirSync(path.join(d, 'p')));
err('mkdir under file', () => fs.mkdirSync(path.join(f, 'q'), { recursive: true }));
fs.writeFileSync(path.join(d, 'x/y/file'), '');
show('readdir', fs.readdirSync(d));
show('readdir types', fs.readdirSync(path.join(d, 'x')).map(String));
show('withFileTypes', fs.readdirSync(d, { withFileTypes: true }).map((e) => [e.name, e.isFile(), e.isDirectory(), clean(e.parentPath)]));
show('recursive', fs.readdirSync(path.join(d, 'x'), { recursive: true }));
show('buffer names', fs.readdirSync(path.join(d, 'x'), { encoding: 'buffer' }));
err('readdir file', () => fs.readdirSync(f));
const t = fs.mkdtempSync(path.join(d, 'tmp-'));
console.log('mkdtemp', /tmp-[A-Za-z0-9]{6}$/.test(t), fs.statSync(t).isDirectory());
err('mkdtemp missing', () => fs.mkdtempSync(path.join(d, 'no/such/')));

// links and names
fs.symlinkSync(f, path.join(d, 'ln'));
console.log('readlink', clean(fs.readlinkSync(path.join(d, 'ln'))));
console.log('lstat link', fs.lstatSync(path.join(d, 'ln')).isSymbolicLink(), fs.statSync(path.join(d, 'ln')).isSymbolicLink());
console.log('realpath', clean(fs.realpathSync(path.join(d, 'ln'))), clean(fs.realpathSync.native(path.join(d, 'x/../ln'))));
err('realpath missing', () => fs.realpathSync(path.join(d, 'none/deeper')));
err('realpath.native missing', () => fs.realpathSync.native(path.join(d, 'none')));
err('symlink exists', () => fs.symlinkSync(f, path.join(d, 'ln')));
fs.linkSync(f, path.join(d, 'hard'));
console.log('nlink', fs.statSync(f).nlink);
fs.renameSync(path.join(d, 'hard'), path.join(d, 'hard2'));
err('rename missing', () => fs.renameSync(path.join(d, 'hard'), path.join(d, 'hard3')));
fs.copyFileSync(f, path.join(d, 'copy'));
show('copy', fs.readFileSync(path.join(d, 'copy'), 'utf8'));
err('copy excl', () => fs.copyFileSync(f, path.join(d, 'copy'), fs.constants.COPYFILE_EXCL));
err('copy missing', () => fs.copyFileSync(path.join(d, 'none'), path.join(d, 'copy2')));
fs.copyFileSync(f, f);
show('copy onto itself', fs.readFileSync(f, 'utf8'));

// metadata
fs.truncateSync(path.join(d, 'copy'), 2);
show('truncate', fs.readFileSync(path.join(d, 'copy'), 'utf8'));
fs.utimesSync(f, 1000, new Date(2000000));
const u = fs.statSync(f);
console.log('utimes', u.atimeMs, u.mtimeMs, u.atime.toISOString());
fs.chmodSync(f, 0o600);
console.log('chmod', (fs.statSync(f).mode & 0o777).toString(8));
fs.chmodSync(f, '644');
console.log('chmod str', (fs.statSync(f).mode & 0o777).toString(8));
fs.accessSync(f, fs.constants.R_OK);
err('access missing', () => fs.accessSync(path.join(d, 'none')));
console.log('exists', fs.existsSync(f), fs.existsSync(path.join(d, 'none')), fs.existsSync(), fs.existsSync({}));

// removal
err('rm dir', () => fs.rmSync(path.join(d, 'x')));
err('rm missing', () => fs.rmSync(path.join(d, 'none')));
fs.rmSync(path.join(d, 'none'), { force: true });
err('rmdir nonempty', () => fs.rmdirSync(path.join(d, 'x')));
err('unlink missing', () => fs.unlinkSync(path.join(d, 'none')));
fs.unlinkSync(path.join(d, 'hard2'));
fs.rmSync(path.join(d, 'x'), { recursive: true });
fs.rmdirSync(path.join(d, 'p'));
show('left', fs.readdirSync(d).filter((n) => !n.startsWith('tmp-')));
fs.rmSync(d, { recursive: true, force: true });
console.log('gone', fs.existsSync(d));
