// worker_threads errors: an uncaught exception in a worker becomes the Worker's 'error' event
// (class, message and own properties kept) followed by 'exit' with code 1; terminate() of a
// busy worker resolves with 1; argument validation (ERR_WORKER_PATH, ERR_INVALID_ARG_TYPE,
// ERR_CONSTRUCT_CALL_INVALID, ERR_MISSING_ARGS) and DataCloneError for functions and symbols.
'use strict';
const { Worker, MessageChannel, MessagePort } = require('worker_threads');

function show(label, fn) {
  try {
    fn();
    console.log(label, 'no throw');
  } catch (e) {
    console.log(label, e.name, e.code, e.constructor.name, JSON.stringify(e.message));
  }
}

show('relative path', () => new Worker('x.js'));
show('number filename', () => new Worker(5));
show('new MessagePort', () => new MessagePort());
const { port1, port2 } = new MessageChannel();
show('postMessage()', () => port1.postMessage());
show('function', () => port1.postMessage({ f() {} }));
show('arrow', () => port1.postMessage(() => 1));
show('symbol', () => port1.postMessage(Symbol('s')));
show('weakmap', () => port1.postMessage(new WeakMap()));
port1.close();

const w = new Worker(`
  const e = new TypeError('boom');
  e.code = 'E_BOOM';
  e.info = { n: 1, list: [1, 2] };
  throw e;
`, { eval: true });
w.on('error', (e) => {
  console.log('error event', e instanceof TypeError, e.name, e.message, e.code, e.info,
    Object.keys(e));
});
w.on('exit', (code) => {
  console.log('exit', code);
  const busy = new Worker(`
    require('worker_threads').parentPort.postMessage('spinning');
    for (;;) {}
  `, { eval: true });
  busy.on('message', (m) => {
    console.log('busy says', m);
    busy.terminate().then((c) => console.log('terminate resolved', c));
  });
  busy.on('exit', (c) => {
    console.log('busy exit', c);
    const thrower = new Worker('throw "a string"', { eval: true });
    thrower.on('error', (v) => console.log('thrown primitive', typeof v, v));
    thrower.on('exit', (c2) => console.log('thrower exit', c2));
  });
});
