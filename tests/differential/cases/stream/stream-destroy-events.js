// destroy(): 'error' then 'close' in one tick, destroy(err, cb), emitClose:false,
// autoDestroy:false, custom _destroy delaying its callback, errored/destroyed/
// closed getters, destroy twice, and the readableAborted/writableAborted flags.
'use strict';
const { Readable, Writable, Duplex } = require('stream');

const log = [];
function watch(name, s) {
  for (const ev of ['error', 'close', 'end', 'finish']) {
    s.on(ev, (e) => log.push(`${name} ${ev}${e instanceof Error ? ` ${e.message}` : ''}`));
  }
}

const r = new Readable({ read() {} });
watch('r', r);
r.destroy(new Error('r-fail'), (e) => log.push(`r cb ${e && e.message}`));
log.push(`r destroyed=${r.destroyed} errored=${r.errored && r.errored.message} closed=${r.closed} aborted=${r.readableAborted}`);
r.destroy(new Error('second'), () => log.push('r second cb'));

const w = new Writable({ write(c, e, cb) { cb(); }, emitClose: false });
watch('w', w);
w.destroy();
log.push(`w destroyed=${w.destroyed} closed=${w.closed} aborted=${w.writableAborted}`);

const d = new Duplex({
  read() {},
  write(c, e, cb) { cb(); },
  destroy(err, cb) {
    log.push(`d _destroy ${err}`);
    setTimeout(() => cb(err), 5);
  },
});
watch('d', d);
d.destroy();
log.push(`d destroyed=${d.destroyed} closed=${d.closed}`);

const na = new Readable({ autoDestroy: false, read() {} });
watch('na', na);
na.push(null);
na.resume();

process.nextTick(() => log.push('tick'));
setTimeout(() => {
  log.push(`na destroyed=${na.destroyed} ended=${na.readableEnded}`);
  console.log(log.join('\n'));
}, 20);
