// BroadcastChannel: an EventTarget named channel; a message goes to every other channel of the
// same name, in this thread and in workers, as a MessageEvent (never to the sender itself);
// onmessage; close() makes postMessage throw InvalidStateError; missing arguments; the
// lazily defined globals are the module's classes.
// diff: sort-lines
// (The worker's reply reaches the two channels of this thread in an order weft does not fix
// yet; the lines are compared as a set.)
'use strict';
const wt = require('worker_threads');
const { BroadcastChannel, Worker } = wt;

console.log('globals', globalThis.BroadcastChannel === BroadcastChannel,
  globalThis.MessageChannel === wt.MessageChannel, globalThis.MessagePort === wt.MessagePort);
const bc = new BroadcastChannel('news');
console.log(bc.name, bc instanceof EventTarget,
  Object.getPrototypeOf(BroadcastChannel.prototype) === EventTarget.prototype,
  Object.prototype.toString.call(bc));
const other = new BroadcastChannel('news');
const unrelated = new BroadcastChannel('sports');
unrelated.onmessage = (e) => console.log('unrelated got', e.data);
other.onmessage = (e) => console.log('other got', e.constructor.name, e.type, e.data);
bc.addEventListener('message', (e) => console.log('bc got', e.data));
bc.postMessage({ hello: [1, 2] });
try { bc.postMessage(); } catch (e) { console.log(e.name, e.code, e.message); }
try { new BroadcastChannel(); } catch (e) { console.log(e.name, e.code, e.message); }
const closed = new BroadcastChannel('x');
closed.close();
closed.close();
try { closed.postMessage(1); } catch (e) { console.log(e.name, e.code, e.message); }

setTimeout(() => {
  const w = new Worker(`
    const { BroadcastChannel, parentPort } = require('worker_threads');
    const c = new BroadcastChannel('news');
    c.onmessage = (e) => { c.postMessage('worker saw ' + e.data); c.close(); };
    parentPort.postMessage('ready');
  `, { eval: true });
  w.on('message', () => bc.postMessage('ping'));
  let replies = 0;
  const closeAll = (e) => {
    if (String(e.data).startsWith('worker saw') && ++replies === 2) {
      bc.close();
      other.close();
      unrelated.close();
    }
  };
  bc.addEventListener('message', closeAll);
  other.onmessage = (e) => {
    console.log('other got', e.data);
    closeAll(e);
  };
  // The worker may end before or after its broadcast reaches this thread: report at the end.
  w.on('exit', (c) => process.on('exit', () => console.log('worker exit', c)));
}, 20);
