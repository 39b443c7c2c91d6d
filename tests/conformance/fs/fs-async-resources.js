// fs async resources: a callback request is an FSREQCALLBACK whose resource is the request
// object seen by executionAsyncResource() in the callback, triggered by the caller's execution
// id and destroyed after its callback; AsyncLocalStorage context flows into fs callbacks,
// promise results and stream events; the thread pool runs operations concurrently with the
// loop (a timer fires while many reads are pending).
'use strict';
const { check, equal, mustCall, trace } = require('../common.js');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { AsyncLocalStorage, executionAsyncId, executionAsyncResource } = require('async_hooks');

const d = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-conf-fs-'));
const f = path.join(d, 'f');
fs.writeFileSync(f, 'content');

const t = trace({ types: ['FSREQCALLBACK', 'FSREQPROMISE', 'FILEHANDLE', 'FILEHANDLECLOSEREQ'] });
const als = new AsyncLocalStorage();

als.run('cb-store', () => {
  const outer = executionAsyncId();
  fs.stat(f, mustCall('stat callback', (err, st) => {
    const id = executionAsyncId();
    const init = t.forId(id).find((e) => e.event === 'init');
    check('stat runs in its request', init && init.type === 'FSREQCALLBACK');
    check('request triggered by caller', init && init.trigger === outer);
    check('resource is the request object', executionAsyncResource().constructor.name === 'FSReqCallback');
    equal('store in fs callback', als.getStore(), 'cb-store');
    equal('stat size', st.size, 7);
  }));
});

als.run('promise-store', async () => {
  const fh = await fs.promises.open(f);
  equal('store after promise open', als.getStore(), 'promise-store');
  const { bytesRead } = await fh.read(Buffer.alloc(3), 0, 3, 0);
  equal('filehandle read', bytesRead, 3);
  await fh.close();
  equal('store after close', als.getStore(), 'promise-store');
});

als.run('stream-store', () => {
  const rs = fs.createReadStream(f, { encoding: 'utf8' });
  let s = '';
  rs.on('data', (c) => { s += c; });
  rs.on('end', mustCall('stream end', () => {
    equal('stream content', s, 'content');
    equal('store in stream event', als.getStore(), 'stream-store');
  }));
});

// Many reads in flight; a timer still fires (the loop thread is not blocked).
let pending = 20;
const timer = setTimeout(mustCall('timer fired during reads', () => {}), 1);
for (let i = 0; i < 20; i++) {
  fs.readFile(f, () => {
    if (--pending === 0) check('all reads done', true);
  });
}
void timer;

process.on('exit', () => {
  const inits = t.events.filter((e) => e.event === 'init');
  const destroyed = new Set(t.events.filter((e) => e.event === 'destroy').map((e) => e.id));
  const reqs = inits.filter((e) => e.type === 'FSREQCALLBACK' || e.type === 'FSREQPROMISE');
  check('every request destroyed', reqs.every((e) => destroyed.has(e.id)),
    () => JSON.stringify(reqs.filter((e) => !destroyed.has(e.id))));
  check('one FILEHANDLE', inits.filter((e) => e.type === 'FILEHANDLE').length === 1);
  check('one FILEHANDLECLOSEREQ', inits.filter((e) => e.type === 'FILEHANDLECLOSEREQ').length === 1);
  fs.rmSync(d, { recursive: true });
});
