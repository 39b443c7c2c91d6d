// Duplex: allowHalfOpen true keeps the writable side open after 'end'; false
// ends it one tick after 'end'; readable:false / writable:false options;
// readableObjectMode/writableObjectMode; autoDestroy once both sides are done;
// instanceof Writable for a Duplex.
'use strict';
const { Duplex, Writable, Readable } = require('stream');

function make(name, opts) {
  const log = [];
  const d = new Duplex({
    ...opts,
    read() {},
    write(c, e, cb) { log.push(`write ${c}`); cb(); },
    final(cb) { log.push('final'); cb(); },
  });
  for (const ev of ['end', 'finish', 'close', 'prefinish']) d.on(ev, () => log.push(ev));
  d.on('data', (c) => log.push(`data ${c}`));
  d.on('close', () => console.log(name, log.join(', '),
    `| readable=${d.readable} writable=${d.writable} destroyed=${d.destroyed}`));
  return d;
}

const open = make('halfOpen', {});
console.log('allowHalfOpen', open.allowHalfOpen);
open.push('a');
open.push(null);
setTimeout(() => {
  console.log('still writable after end', open.writable, open.writableEnded);
  open.end('late');
}, 5);

const closed = make('noHalfOpen', { allowHalfOpen: false });
console.log('allowHalfOpen', closed.allowHalfOpen);
closed.push('b');
closed.push(null);

const ro = make('writableFalse', { writable: false });
console.log('writableFalse writable', ro.writable, 'ended', ro.writableEnded, ro.writableFinished);
ro.push(null);

const wo = make('readableFalse', { readable: false });
console.log('readableFalse readable', wo.readable, 'readableEnded', wo.readableEnded);
wo.end('x');

const modes = new Duplex({ readableObjectMode: true, read() {}, write(c, e, cb) { cb(); } });
console.log('modes', modes.readableObjectMode, modes.writableObjectMode,
  modes.readableHighWaterMark, modes.writableHighWaterMark);
const hwm = new Duplex({ readableHighWaterMark: 3, writableHighWaterMark: 7 });
console.log('hwm', hwm.readableHighWaterMark, hwm.writableHighWaterMark);
const both = new Duplex({ highWaterMark: 5, readableHighWaterMark: 3 });
console.log('highWaterMark wins', both.readableHighWaterMark, both.writableHighWaterMark);
console.log('instanceof', modes instanceof Writable, modes instanceof Readable, modes instanceof Duplex,
  new Writable() instanceof Duplex);
