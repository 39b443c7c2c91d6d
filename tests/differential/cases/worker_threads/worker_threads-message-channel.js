// MessageChannel/MessagePort within a thread and across one: messages are queued until the
// port starts (first 'message' listener, onmessage or start()), arrive in order in a later
// loop turn, addEventListener gets a MessageEvent; receiveMessageOnPort takes one message
// synchronously; close() fires 'close' on both ports and later posts are dropped; a port moved
// to a worker in the transfer list, transferred ArrayBuffers are detached; hasRef/ref/unref.
'use strict';
const { Worker, MessageChannel, MessagePort, receiveMessageOnPort } = require('worker_threads');

const log = (...a) => console.log(...a);

const a = new MessageChannel();
log('instances', a.port1 instanceof MessagePort, a.port1 instanceof EventTarget,
  Object.prototype.toString.call(a.port1), a.port1.hasRef());
a.port1.postMessage('first');
a.port1.postMessage({ second: [2] });
log('sync receive', receiveMessageOnPort(a.port2), receiveMessageOnPort(a.port2),
  receiveMessageOnPort(a.port2));
a.port1.postMessage('queued before listener');
setTimeout(() => {
  a.port2.on('message', (m) => {
    log('port2 on message', m);
    if (m === 'last') a.port2.close();
  });
  log('after on: hasRef', a.port2.hasRef());
  a.port2.addEventListener('message', (e) => {
    log('event', e.constructor.name, e.type, JSON.stringify(e.data), e.ports.length);
  });
  a.port1.postMessage('last');
  log('sync after post');
}, 10);
a.port2.on('close', () => {
  log('port2 close');
  a.port1.postMessage('after close (dropped)');
  step2();
});

function step2() {
  const b = new MessageChannel();
  b.port2.onmessage = (e) => {
    log('onmessage', e.data);
    b.port2.onmessage = null;
    b.port2.close();
  };
  b.port1.postMessage(new Set([1, 2]));
  b.port2.on('close', step3);
}

function step3() {
  const c = new MessageChannel();
  const w = new Worker(`
    const { parentPort } = require('worker_threads');
    parentPort.once('message', ({ port, buf }) => {
      const bytes = new Uint8Array(buf);
      port.postMessage({ got: Array.from(bytes), isPort: port.constructor.name });
      port.on('message', (n) => {
        if (n === 'bye') { port.close(); return; }
        port.postMessage(n * 10);
      });
    });
  `, { eval: true });
  const buf = new Uint8Array([5, 6, 7]).buffer;
  w.postMessage({ port: c.port2, buf }, [c.port2, buf]);
  log('transferred buffer length', buf.byteLength);
  let count = 0;
  c.port1.on('message', (m) => {
    log('from worker port', m);
    if (count < 3) c.port1.postMessage(++count);
    else c.port1.postMessage('bye');
  });
  let movedClosed = false;
  c.port1.on('close', () => { movedClosed = true; });
  process.on('exit', () => log('moved port closed', movedClosed));
  w.on('exit', (code) => log('worker exit', code));
}
