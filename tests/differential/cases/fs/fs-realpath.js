// fs.realpath (callback) walks the path like Node: one lstat request per component with a
// nextTick between steps, symlinks followed (stat + readlink) and cached; errors name the
// failing lstat/stat. Also realpath.native, realpathSync(.native) and the promise form.
'use strict';
const async_hooks = require('async_hooks');
const fs = require('fs');
const os = require('os');
const path = require('path');

const d = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-rp-')));
fs.mkdirSync(path.join(d, 'a/b'), { recursive: true });
fs.symlinkSync('a/b', path.join(d, 'l'));
fs.symlinkSync(path.join(d, 'l'), path.join(d, 'l2'));
fs.symlinkSync('loop', path.join(d, 'loop'));
const c = (s) => String(s).split(d).join('<d>');
const w = (s) => fs.writeSync(1, s + '\n');

const hook = async_hooks.createHook({
  init(id, type, trigger) { w(`init ${type} id=${id} trigger=${trigger}`); },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
});
hook.enable();
fs.realpath(path.join(d, 'a/b'), (err, r) => {
  hook.disable();
  w(`traced ${err} ${c(r)}`);
  fs.realpath(path.join(d, 'l2/../b/.'), (e, r) => {
    w(`1 ${c(e && e.message)} ${c(r)}`);
    fs.realpath(path.join(d, 'l/x'), (e) => {
      w(`2 ${e.code} ${e.syscall} ${c(e.path)}`);
      fs.realpath(path.join(d, 'loop'), (e) => {
        w(`3 ${e.code} ${e.syscall} ${c(e.path)}`);
        fs.realpath(path.join(d, 'l2'), 'buffer', (e, r) => {
          w(`4 ${Buffer.isBuffer(r)} ${c(r)}`);
          fs.realpath.native(path.join(d, 'l2'), (e, r) => {
            w(`5 ${c(r)} ${c(fs.realpathSync(path.join(d, 'l2')))} ${c(fs.realpathSync.native(path.join(d, 'l')))}`);
            fs.promises.realpath(path.join(d, 'l2')).then((r) => {
              w(`6 ${c(r)}`);
              fs.rmSync(d, { recursive: true });
            });
          });
        });
      });
    });
  });
});
