// fs.rm (callback) as Node's rimraf walk: one FSREQCALLBACK per step (lstat, rmdir, readdir,
// unlink...), each triggered by the previous one; ERR_FS_EISDIR without `recursive`, the
// lstat ENOENT error without `force`, option validation thrown synchronously.
'use strict';
const async_hooks = require('async_hooks');
const fs = require('fs');
const os = require('os');
const path = require('path');
const w = (s) => fs.writeSync(1, s + '\n');

const t = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-rm-'));
fs.mkdirSync(path.join(t, 'x/y'), { recursive: true });
const hook = async_hooks.createHook({
  init(id, type, trigger) { w(`init ${type} id=${id} trigger=${trigger}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
}).enable();
fs.rm(path.join(t, 'x'), { recursive: true }, (err) => {
  hook.disable();
  w(`traced rm ${err} ${fs.readdirSync(t).length}`);
  fs.rmSync(t, { recursive: true });
  rest();
});

function rest() {

  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-rm2-')); const c = (s) => String(s).split(d).join('<d>');
  fs.mkdirSync(d + '/a/b/c', { recursive: true }); fs.writeFileSync(d + '/a/f', ''); fs.writeFileSync(d + '/a/b/g', ''); fs.symlinkSync('/nonexistent', d + '/a/l');
  fs.rm(d + '/a', (e) => { console.log(1, e.name, e.code, c(e.message), e.errno, e.syscall, c(e.path));
  fs.rm(d + '/zz', (e) => { console.log(2, e.code, c(e.message));
  fs.rm(d + '/zz', { force: true }, (e) => { console.log(3, e);
  fs.rm(d + '/a', { recursive: true }, (e) => { console.log(4, e, fs.readdirSync(d));
  fs.rm(d, { recursive: 'x' }, () => {}); }); }); }); });
  process.on('uncaughtException', (e) => { console.log('x', e.code, e.message); fs.rmSync(d, {recursive: true}); });
}
