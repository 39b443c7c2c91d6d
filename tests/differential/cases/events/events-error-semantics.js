// 'error' events (node:events, Node 26): without a listener emit('error', err) throws err
// itself; a non-Error becomes ERR_UNHANDLED_ERROR whose message holds util.inspect of the
// value and whose `context` is the value; errorMonitor listeners see the error first and do not
// count as handlers; captureRejections turns a rejected listener promise into an 'error' event
// or a Symbol.for('nodejs.rejection') call on the next tick, per emitter or globally.
'use strict';
const EventEmitter = require('events');
const { errorMonitor, captureRejectionSymbol } = EventEmitter;

const e = new EventEmitter();
const boom = new Error('boom');
try { e.emit('error', boom); } catch (err) { console.log('same error', err === boom); }
for (const v of [undefined, 'text', 42, { a: 1 }, null, [1, 2], Symbol('s')]) {
  try {
    e.emit('error', v);
  } catch (err) {
    console.log(err.name, err.code, JSON.stringify(err.message), err.context === v, Object.keys(err));
  }
}
try { e.emit('error'); } catch (err) { console.log(err.message, 'context' in err, err.context); }

e.on(errorMonitor, (err) => console.log('monitor', err.message));
try { e.emit('error', boom); } catch (err) { console.log('still thrown', err === boom); }
e.on('error', (err) => console.log('handled', err.message));
console.log(e.emit('error', boom));

// captureRejections per emitter.
const c = new EventEmitter({ captureRejections: true });
c.on('evt', async (v) => { throw new Error(`rejected ${v}`); });
c.on('error', (err) => console.log('capture error event', err.message));
c.emit('evt', 1);
console.log('emitted synchronously');

// With a Symbol.for('nodejs.rejection') method.
class Custom extends EventEmitter {
  constructor() { super({ captureRejections: true }); }
  [captureRejectionSymbol](err, name, ...args) {
    console.log('rejection method', err.message, name, args);
  }
}
const cu = new Custom();
cu.on('work', async () => { throw new Error('from work'); });
cu.emit('work', 'a', 'b');

// A thenable result is watched too; a non-capturing emitter ignores results.
const th = new EventEmitter({ captureRejections: true });
th.on('error', (err) => console.log('thenable rejection', err));
th.on('t', () => ({ then(res, rej) { rej('thenable reason'); } }));
th.emit('t');
const plain = new EventEmitter();
plain.on('p', async () => 'ignored');
console.log(plain.emit('p'));

// The global switch.
console.log(EventEmitter.captureRejections);
EventEmitter.captureRejections = true;
const g = new EventEmitter();
console.log(g[Object.getOwnPropertySymbols(g).find((s) => String(s) === 'Symbol(kCapture)')]);
g.on('x', async () => { throw new Error('global capture'); });
g.on('error', (err) => console.log('global', err.message));
g.emit('x');
EventEmitter.captureRejections = false;
try { EventEmitter.captureRejections = 1; } catch (err) { console.log(err.name, err.code, err.message); }

// An 'error' listener that rejects is not captured again (no loop).
const loop = new EventEmitter({ captureRejections: true });
loop.on('error', async (err) => { console.log('error listener', err.message); throw new Error('second'); });
loop.on('e', async () => { throw new Error('first'); });
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
loop.emit('e');
