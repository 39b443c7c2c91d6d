// worker_threads basics: a Worker runs a file in its own thread; workerData and messages
// cross by structured clone (Map, Set, Date, RegExp, typed arrays, errors, bigint, cycles,
// shared references); 'online', 'message', 'exit' order; process.exit(n) in a worker ends
// only the worker (its 'exit' listeners run) and gives the exit code; threadId, argv, name,
// environment data.
'use strict';
const util = require('util');
const path = require('path');
const wt = require('worker_threads');
const { Worker } = wt;

console.log('main', wt.isMainThread, wt.threadId, JSON.stringify(wt.threadName), wt.parentPort,
  wt.workerData, util.inspect(wt.resourceLimits));

const data = {
  n: 1, s: 'two', big: 10n, nan: NaN, negz: -0, inf: -Infinity, u: undefined, nul: null,
  date: new Date(86400000), re: /a+b/gi, map: new Map([['k', [1, 2]], [3, { x: 1 }]]),
  set: new Set(['a', 1]), err: new RangeError('bad range'), boxed: Object(5),
  nested: { deep: { deeper: [1, [2, [3]]] } }, sparse: [1, , 3],
};
data.err.stack = 'RangeError: bad range\n    at <fixed>';
data.self = data;
const shared = { s: 1 };
data.pair = [shared, shared];
const ab = new ArrayBuffer(8);
data.u8 = new Uint8Array(ab, 2, 4);
data.u8.set([9, 8, 7, 6]);
data.dv = new DataView(ab);

wt.setEnvironmentData('shared', { from: 'main' });
const w = new Worker(path.join(__dirname, '_echo-worker.js'), {
  workerData: data, argv: ['a', 2], name: 'echoer',
});
console.log('threadId', w.threadId, typeof w.threadId);
const events = [];
w.on('online', () => events.push('online'));
let step = 0;
const values = [
  [1, 'x', true, null],
  new Map([[{ k: 1 }, new Set([1])]]),
  new Float64Array([1.5, -2]),
  Object.assign(new TypeError('tt', { cause: 'why' }), { extra: 1, stack: 'TypeError: tt' }),
  12345678901234567890n,
  { date: new Date(0), neg: -0 },
];
w.on('message', (msg) => {
  if (typeof msg === 'string') {
    console.log('message', msg);
    return;
  }
  if (step === 0) {
    console.log('report', util.inspect(msg, { depth: 5 }));
  } else {
    const v = msg.echo;
    console.log('echo', msg.type, '|', util.inspect(v), v instanceof Error ? [v.name, v.message, v.cause, v.extra] : '');
  }
  if (step < values.length) {
    w.postMessage({ cmd: 'echo', value: values[step] });
  } else {
    w.postMessage({ cmd: 'exit', code: 3 });
  }
  step++;
});
w.on('exit', (code) => {
  console.log('events', events.join(','));
  console.log('exit', code);
  // After exit: postMessage is a no-op, terminate resolves undefined.
  w.postMessage('ignored');
  w.terminate().then((v) => console.log('terminate after exit', v));
});
