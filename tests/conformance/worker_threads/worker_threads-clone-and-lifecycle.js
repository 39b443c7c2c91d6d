// worker_threads conformance: structured clone through a MessagePort (values, identities,
// cycles, detached transfers), a worker's exit codes (normal end, process.exit(n), uncaught
// exception, terminate()), messages sent before the worker ends arrive before 'exit', an
// unref'd worker does not keep the process alive, and ref() after unref() does.
'use strict';
const { check, equal, throws, mustCall } = require('../common.js');
const { Worker, MessageChannel, receiveMessageOnPort, isMainThread } = require('worker_threads');

check('main thread', isMainThread === true);

// Clone rules, checked synchronously with receiveMessageOnPort.
const { port1, port2 } = new MessageChannel();
function roundTrip(v, transfer) {
  port1.postMessage(v, transfer);
  return receiveMessageOnPort(port2).message;
}
const obj = { a: 1 };
obj.self = obj;
const got = roundTrip(obj);
check('cycle kept', got.self === got && got !== obj);
const s = { x: 1 };
const pair = roundTrip([s, s]);
check('shared reference kept', pair[0] === pair[1]);
check('Date', roundTrip(new Date(5)).getTime() === 5);
check('RegExp', String(roundTrip(/x/gi)) === '/x/gi');
check('Map', roundTrip(new Map([[1, 'a']])).get(1) === 'a');
check('Set', roundTrip(new Set([1])).has(1));
check('bigint', roundTrip(5n) === 5n);
check('-0', Object.is(roundTrip(-0), -0));
check('NaN', Number.isNaN(roundTrip(NaN)));
check('undefined', roundTrip(undefined) === undefined);
const u16 = roundTrip(new Uint16Array([1, 65535]));
check('Uint16Array', u16 instanceof Uint16Array && u16[1] === 65535);
const e = roundTrip(new SyntaxError('syn'));
check('error class and message', e instanceof SyntaxError && e.message === 'syn');
const ab = new ArrayBuffer(4);
const abGot = roundTrip(ab, [ab]);
check('transferred buffer detached', ab.byteLength === 0 && abGot.byteLength === 4);
check('getter read, prototype dropped', (() => {
  class K { constructor() { this.v = 1; } get g() { return 2; } }
  const k = roundTrip(new K());
  return Object.getPrototypeOf(k) === Object.prototype && k.v === 1 && k.g === undefined;
})());
throws('function not cloneable', () => port1.postMessage(function f() {}),
  { name: 'DataCloneError' });
check('nothing left', receiveMessageOnPort(port2) === undefined);
port1.close();

function run(code, onExit) {
  const w = new Worker(code, { eval: true });
  const messages = [];
  w.on('message', (m) => messages.push(m));
  w.on('error', (err) => messages.push(`error:${err.message}`));
  w.on('exit', mustCall(`exit of ${code.slice(0, 30)}`, (c) => onExit(c, messages)));
  return w;
}

run(`const { parentPort } = require('worker_threads');
  for (let i = 0; i < 5; i++) parentPort.postMessage(i);`, (code, msgs) => {
  equal('normal end: code', code, 0);
  equal('normal end: all messages before exit', msgs, [0, 1, 2, 3, 4]);
});
run(`require('worker_threads').parentPort.postMessage('a');
  try { process.exit(9); } catch { /* not reached */ }
  require('worker_threads').parentPort.postMessage('after exit');`, (code, msgs) => {
  equal('process.exit code', code, 9);
  equal('process.exit stops the worker at once', msgs, ['a']);
});
run(`throw new Error('worker failed')`, (code, msgs) => {
  equal('uncaught exception code', code, 1);
  equal('uncaught exception reported', msgs, ['error:worker failed']);
});
const spinner = run(`require('worker_threads').parentPort.postMessage('go'); while (true) {}`,
  (code) => equal('terminate code', code, 1));
spinner.once('message', () => {
  spinner.terminate().then(mustCall('terminate promise', (c) => equal('terminate resolves', c, 1)));
});
const idle = new Worker('setInterval(() => {}, 1000)', { eval: true });
idle.unref();
idle.ref();
idle.unref();
