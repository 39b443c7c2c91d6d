// construct option: _construct runs in a later tick and holds back _read/_write
// until its callback; _final runs before 'prefinish'/'finish'; errors from
// _construct and _final; destroy() during construction waits for it.
'use strict';
const { Readable, Writable, Duplex } = require('stream');

const log = [];
// w's construction completes only once the other streams are done (after d's
// 'close'), so the order never depends on timer timing.
let finishConstruct;
const w = new Writable({
  construct(cb) {
    log.push('w construct');
    finishConstruct = () => { log.push('w constructed'); cb(); };
  },
  write(chunk, enc, cb) { log.push(`w write ${chunk}`); cb(); },
  final(cb) {
    log.push('w final');
    setImmediate(cb);
  },
});
w.on('prefinish', () => log.push('w prefinish'));
w.on('finish', () => log.push('w finish'));
w.on('close', () => {
  log.push('w close');
  console.log(log.join('\n'));
});
log.push(`write -> ${w.write('early')}`);
w.end('end-chunk');
log.push('sync done');

const r = new Readable({
  construct(cb) { log.push('r construct'); process.nextTick(cb); },
  read() { log.push('r read'); this.push('x'); this.push(null); },
});
r.on('data', (d) => log.push(`r data ${d}`));
r.on('end', () => log.push('r end'));

const bad = new Writable({
  construct(cb) { cb(new Error('construct failed')); },
  write(c, e, cb) { cb(); },
});
bad.on('error', (e) => log.push(`bad error ${e.message}`));
bad.on('close', () => log.push('bad close'));

const fin = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { cb(new Error('final failed')); },
});
fin.on('error', (e) => log.push(`fin error ${e.message}`));
fin.on('finish', () => log.push('fin finish (unexpected)'));
fin.end((e) => log.push(`fin end cb ${e && e.message}`));

const d = new Duplex({
  construct(cb) { log.push('d construct'); setImmediate(cb); },
  read() {},
  write(c, e, cb) { cb(); },
  destroy(err, cb) { log.push(`d destroy ${err}`); cb(err); },
});
d.on('close', () => {
  log.push('d close');
  setImmediate(() => setImmediate(finishConstruct));
});
d.destroy();
log.push(`d destroyed=${d.destroyed}`);

