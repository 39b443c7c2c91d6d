// The rest of the callback API through util.promisify: read/write/readv/writev named results
// (customPromisifyArgs), fs.exists' custom promisify, read with an options object and with no
// buffer, write of strings at positions, ftruncate/truncate, chmod/fchmod, utimes/futimes/
// lutimes, symlink/readlink/link, copyFile (EXCL error), mkdtemp, access errors, readdir
// recursive and withFileTypes, opendir/Dir iteration, fsync/fdatasync, close.
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');

const P = (name) => util.promisify(fs[name]);
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-misc-'));
const c = (s) => String(s).split(d).join('<tmp>');
const f = path.join(d, 'f');

(async () => {
  fs.writeFileSync(f, 'abcdef');
  const fd = await P('open')(f, 'r+');
  const r = await P('read')(fd, Buffer.alloc(3), 0, 3, 1);
  console.log('read', r.bytesRead, r.buffer.toString());
  const r2 = await P('read')(fd, { buffer: Buffer.alloc(4), position: 2 });
  console.log('read opts', r2.bytesRead, r2.buffer.toString());
  const r3 = await P('read')(fd, Buffer.alloc(6), { position: 0, length: 2 });
  console.log('read buf+opts', r3.bytesRead, JSON.stringify(r3.buffer.toString()));
  console.log('write', await P('write')(fd, 'XY', 0));
  console.log('write latin1', await P('write')(fd, 'é', 2, 'latin1'));
  const rv = await P('readv')(fd, [Buffer.alloc(2), Buffer.alloc(2)], 0);
  console.log('readv', rv.bytesRead, rv.buffers.map(String));
  const wv = await P('writev')(fd, [Buffer.from('1'), Buffer.from('2')], 4);
  console.log('writev', wv.bytesWritten, JSON.stringify(fs.readFileSync(f, 'latin1')));
  await P('ftruncate')(fd, 3);
  await P('fchmod')(fd, 0o600);
  await P('futimes')(fd, 100, 200);
  await P('fsync')(fd);
  await P('fdatasync')(fd);
  const st = await P('fstat')(fd);
  console.log('fstat', st.size, (st.mode & 0o777).toString(8), st.atimeMs, st.mtimeMs);
  await P('close')(fd);
  try { await P('close')(fd); } catch (e) { console.log('close again', e.code, e.syscall, e.message); }

  await P('truncate')(f, 1);
  await P('chmod')(f, 0o644);
  await P('utimes')(f, new Date(5000), 6);
  console.log('after', fs.readFileSync(f, 'latin1'), (fs.statSync(f).mode & 0o777).toString(8), fs.statSync(f).mtimeMs);
  await P('symlink')('f', path.join(d, 'l'));
  console.log('readlink', await P('readlink')(path.join(d, 'l')), (await P('readlink')(path.join(d, 'l'), 'buffer')).length);
  await P('lutimes')(path.join(d, 'l'), 7, 8);
  console.log('lstat', (await P('lstat')(path.join(d, 'l'))).mtimeMs, (await P('stat')(path.join(d, 'l'))).mtimeMs);
  await P('link')(f, path.join(d, 'h'));
  await P('copyFile')(f, path.join(d, 'copy'));
  try { await P('copyFile')(f, path.join(d, 'copy'), fs.constants.COPYFILE_EXCL); } catch (e) {
    console.log('copy excl', e.code, c(e.message));
  }
  try { await P('access')(path.join(d, 'none'), fs.constants.W_OK); } catch (e) { console.log('access', e.code, c(e.message)); }
  const t = await P('mkdtemp')(path.join(d, 't-'));
  console.log('mkdtemp', /t-\w{6}$/.test(t));
  await P('mkdir')(path.join(d, 'sub/deep'), { recursive: true });
  await P('writeFile')(path.join(d, 'sub/deep/z'), 'z');
  console.log('recursive', (await P('readdir')(path.join(d, 'sub'), { recursive: true })));
  console.log('types', (await P('readdir')(path.join(d, 'sub'), { recursive: true, withFileTypes: true }))
    .map((e) => `${e.name}:${e.isDirectory()}:${c(e.parentPath)}`));
  const dir = await P('opendir')(path.join(d, 'sub'));
  console.log('Dir', dir.constructor.name, c(dir.path));
  for await (const e of dir) console.log('dirent', e.name, e.isDirectory());
  const ds = fs.opendirSync(d);
  let n = 0;
  while (ds.readSync() !== null) n++;
  ds.closeSync();
  console.log('opendirSync count', n);
  try { ds.closeSync(); } catch (e) { console.log('closed dir', e.code, e.message); }
  console.log('exists', await P('exists')(f), await P('exists')(path.join(d, 'none')));
  await P('unlink')(path.join(d, 'h'));
  await P('rename')(path.join(d, 'copy'), path.join(d, 'copy2'));
  await P('rmdir')(t);
  console.log('left', await P('readdir')(d));
  fs.rmSync(d, { recursive: true });
})();
