// fs.watch (FSEVENTWRAP handle, FSWatcher 'change'/'close', 'rename' for a new name and
// 'change' for a modified file, close on the next tick) and fs.watchFile/unwatchFile
// (STATWATCHER handle, 'change' with current and previous Stats, 'stop'); watch errors.
'use strict';
const async_hooks = require('async_hooks');
const fs = require('fs');
const os = require('os');
const path = require('path');

const d = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-watch-'));
const clean = (s) => String(s).split(d).join('<tmp>');
const w = (s) => fs.writeSync(1, s + '\n');
const f = path.join(d, 'f');
fs.writeFileSync(f, 'a');

try {
  fs.watch(path.join(d, 'nope'));
} catch (e) {
  w(`watch error ${e.code} ${e.errno} ${e.syscall} ${clean(e.path)} ${clean(e.filename)} ${clean(e.message)}`);
}

const types = [];
const hook = async_hooks.createHook({
  init(id, type, trigger, resource) {
    if (type === 'FSEVENTWRAP' || type === 'STATWATCHER') types.push(`${type} ${resource.constructor.name}`);
  },
}).enable();

const watcher = fs.watch(d, (event, name) => {
  w(`dir event ${event} ${name} eid-is-handle=${async_hooks.executionAsyncResource().constructor.name}`);
  watcher.close();
  watcher.close();
});
w(`watcher ${watcher.constructor.name}`);
watcher.on('close', () => {
  w('watcher close');
  const fw = fs.watch(f, { encoding: 'buffer' }, (event, name) => {
    w(`file event ${event} ${Buffer.isBuffer(name)} ${name}`);
    fw.close();
    fw.on('close', step3);
  });
  setTimeout(() => fs.writeFileSync(f, 'bb'), 50);
});
setTimeout(() => fs.writeFileSync(path.join(d, 'new'), 'x'), 50);

function step3() {
  const sw = fs.watchFile(f, { interval: 20 }, function listener(cur, prev) {
    w(`watchFile change ${cur.size} ${prev.size} ${cur.constructor.name} ${cur.isFile()}`);
    fs.unwatchFile(f, listener);
  });
  w(`statwatcher ${sw.constructor.name} ${typeof sw.ref} ${typeof sw.unref}`);
  sw.on('stop', () => {
    w('watchFile stop');
    hook.disable();
    w(types.join('\n'));
    fs.rmSync(d, { recursive: true });
  });
  setTimeout(() => fs.appendFileSync(f, 'c'), 60);
}
