// fs callback API as async resources: one FSREQCALLBACK per operation (trigger = the current
// execution id), resource constructors FSReqCallback / ReadFileJob / WriteFileJob as Node 26
// shows them, executionAsyncId/executionAsyncResource inside callbacks, errors delivered to
// the callback with errno/code/syscall/path, and each request destroyed after its callback.
'use strict';
const async_hooks = require('async_hooks');
const fs = require('fs');
const os = require('os');
const path = require('path');

const d = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-cb-'));
const clean = (s) => String(s).split(d).join('<tmp>');
const w = (s) => fs.writeSync(1, s + '\n');
const eid = () => async_hooks.executionAsyncId();

async_hooks.createHook({
  init(id, type, trigger, resource) {
    w(`init ${type} id=${id} trigger=${trigger} eid=${eid()} ctor=${resource.constructor.name}`);
  },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();

const f = path.join(d, 'f.txt');
fs.writeFile(f, 'abc', (err) => {
  w(`writeFile err=${err} eid=${eid()} res=${async_hooks.executionAsyncResource().constructor.name}`);
  fs.appendFile(f, 'def', { encoding: 'utf8' }, (err) => {
    w(`appendFile err=${err}`);
    fs.readFile(f, 'utf8', (err, data) => {
      w(`readFile ${err} ${data} res=${async_hooks.executionAsyncResource().constructor.name}`);
      fs.stat(f, (err, st) => {
        w(`stat ${st.size} ${st.isFile()} ${st.constructor.name}`);
        fs.open(f, 'r', (err, fd) => {
          const buf = Buffer.alloc(4);
          fs.read(fd, buf, 0, 4, 1, (err, n, b) => {
            w(`read ${n} ${b.toString()} same=${b === buf}`);
            fs.close(fd, (err) => {
              w(`close ${err}`);
              step2();
            });
          });
        });
      });
    });
  });
});

function step2() {
  fs.open(path.join(d, 'nope'), (err) => {
    w(`open err ${err.code} ${err.errno} ${err.syscall} ${clean(err.path)} ${clean(err.message)}`);
    fs.mkdir(path.join(d, 'a/b'), { recursive: true }, (err, first) => {
      w(`mkdir ${err} ${clean(first)}`);
      fs.readdir(d, { withFileTypes: true }, (err, list) => {
        w(`readdir ${list.map((e) => e.name + (e.isDirectory() ? '/' : '')).join(',')}`);
        fs.exists(f, (yes) => {
          w(`exists ${yes}`);
          fs.rename(f, path.join(d, 'g'), (err) => {
            w(`rename ${err}`);
            fs.unlink(path.join(d, 'g'), (err) => {
              w(`unlink ${err}`);
              fs.readFile(path.join(d, 'gone'), (err) => {
                w(`readFile err ${err.code} ${err.syscall} ${clean(err.path)}`);
                fs.readFile(d, (err) => {
                  w(`readFile dir ${err.code} ${err.syscall} ${clean(err.path)}`);
                  fs.rmSync(d, { recursive: true });
                });
              });
            });
          });
        });
      });
    });
  });
}
