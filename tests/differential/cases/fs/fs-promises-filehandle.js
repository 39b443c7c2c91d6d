// fs/promises and FileHandle: results and errors of the promise API, FileHandle methods
// (read/write/readFile/writeFile/appendFile/stat/truncate/sync/chmod/utimes/close, 'close'
// event, asyncDispose), and the non-PROMISE async resources Node 26 shows: FSREQPROMISE per
// operation, FILEHANDLE created outside any callback (trigger 0), FILEHANDLECLOSEREQ on
// close, one FSREQCALLBACK (ReadFileJob/WriteFileJob) for readFile/writeFile on a path.
'use strict';
const async_hooks = require('async_hooks');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');

console.log('same object', fsp === fs.promises);
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-fs-p-'));
const clean = (s) => String(s).split(d).join('<tmp>');
const w = (s) => fs.writeSync(1, s + '\n');
const inits = [];
const hook = async_hooks.createHook({
  init(id, type, trigger, resource) {
    if (type !== 'PROMISE') inits.push(`init ${type} ctor=${resource.constructor.name}${type === 'FILEHANDLE' ? ` trigger=${trigger} eid=${async_hooks.executionAsyncId()}` : ''}`);
  },
});

(async () => {
  const f = path.join(d, 'f.txt');
  hook.enable();
  await fsp.writeFile(f, 'hello');
  const text = await fsp.readFile(f, 'utf8');
  const fh = await fsp.open(f, 'r+');
  const st = await fh.stat();
  await fh.close();
  hook.disable();
  w(inits.join('\n'));
  w(`text ${text} size ${st.size}`);

  await fsp.appendFile(f, ' world');
  console.log('readFile', await fsp.readFile(f, { encoding: 'utf8' }));
  console.log('readFile buffer', await fsp.readFile(f));
  const h = await fsp.open(f, 'r+');
  console.log('fd', typeof h.fd, h.constructor.name, h instanceof require('events'));
  const r = await h.read(Buffer.alloc(5), 0, 5, 6);
  console.log('read', r.bytesRead, r.buffer.toString());
  const r2 = await h.read({ buffer: Buffer.alloc(3), position: 0 });
  console.log('read opts', r2.bytesRead, r2.buffer.toString());
  const wr = await h.write(Buffer.from('HE'), 0, 2, 0);
  console.log('write', wr.bytesWritten, wr.buffer.toString());
  const ws = await h.write('LL', 2);
  console.log('write string', ws.bytesWritten, ws.buffer);
  console.log('readFile fh', await h.readFile('utf8'));
  await h.truncate(5);
  await h.sync();
  await h.datasync();
  await h.chmod(0o640);
  await h.utimes(5, 6);
  const hs = await h.stat({ bigint: true });
  console.log('fh stat', hs.size, hs.mode & 0o777n, hs.mtimeMs);
  h.on('close', () => console.log('close event'));
  await h.close();
  console.log('fd after close', h.fd);
  try { await h.stat(); } catch (e) { console.log('closed stat', e.code, e.syscall, e.message); }

  {
    await using h2 = await fsp.open(f);
    console.log('using read', (await h2.readFile()).toString());
    h2.on('close', () => console.log('disposed'));
  }

  console.log('stat', (await fsp.stat(f)).isFile(), (await fsp.lstat(d)).isDirectory());
  console.log('mkdir', clean(await fsp.mkdir(path.join(d, 'a/b'), { recursive: true })));
  console.log('readdir', await fsp.readdir(d), await fsp.readdir(d, { recursive: true }));
  await fsp.copyFile(f, path.join(d, 'c'));
  await fsp.rename(path.join(d, 'c'), path.join(d, 'c2'));
  await fsp.symlink(path.join(d, 'c2'), path.join(d, 'l'));
  console.log('readlink', clean(await fsp.readlink(path.join(d, 'l'))));
  console.log('realpath', clean(await fsp.realpath(path.join(d, 'l'))));
  await fsp.truncate(path.join(d, 'c2'), 2);
  console.log('truncate', await fsp.readFile(path.join(d, 'c2'), 'utf8'));
  await fsp.access(f);
  const t = await fsp.mkdtemp(path.join(d, 't-'));
  console.log('mkdtemp', /t-\w{6}$/.test(t));
  for (const [label, p] of [
    ['stat', () => fsp.stat(path.join(d, 'nope'))],
    ['open', () => fsp.open(path.join(d, 'nope'))],
    ['readFile', () => fsp.readFile(path.join(d, 'nope'))],
    ['readFile dir', () => fsp.readFile(d)],
    ['rename', () => fsp.rename(path.join(d, 'nope'), path.join(d, 'x'))],
    ['rm dir', () => fsp.rm(path.join(d, 'a'))],
    ['rmdir', () => fsp.rmdir(path.join(d, 'a'))],
    ['access', () => fsp.access(path.join(d, 'nope'))],
    ['mkdir', () => fsp.mkdir(d)],
    ['unlink', () => fsp.unlink(path.join(d, 'nope'))],
  ]) {
    try { await p(); console.log(label, 'ok'); } catch (e) {
      console.log(label, e.name, e.code, e.errno, e.syscall, clean(e.path), clean(e.dest), clean(e.message));
    }
  }
  const ac = new AbortController();
  ac.abort();
  try { await fsp.readFile(f, { signal: ac.signal }); } catch (e) { console.log('abort', e.name, e.code); }
  try { await fsp.writeFile(f, 'x', { signal: ac.signal }); } catch (e) { console.log('abort write', e.name, e.code); }
  await fsp.rm(d, { recursive: true });
  console.log('removed', fs.existsSync(d));
})();
