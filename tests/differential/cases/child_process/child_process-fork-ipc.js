// fork() with the JSON IPC channel, parent and child running this runtime: messages both
// ways (objects, strings, numbers, arrays, nested values) in order, the send callback, the
// child's disconnect ('disconnect' on both sides, connected false), send after disconnect
// (ERR_IPC_CHANNEL_CLOSED to the callback), and 'exit' then 'close' once the child's stdout
// and the channel have ended.
'use strict';
const cp = require('child_process');
const path = require('path');

const child = cp.fork(path.join(__dirname, '_ipc_child.js'), ['one', 'two'], { silent: true });
let out = '';
child.stdout.on('data', (d) => { out += d; });
console.log('connected', child.connected, 'channel', typeof child.channel, 'stdio', child.stdio.length);
const sent = [{ a: 1, nested: { b: [1, 2, { c: null }] } }, 'text', 42, [true, false], 'bye'];
child.on('message', (msg) => {
  console.log('parent got', JSON.stringify(msg));
  if (msg.hello) {
    for (const m of sent) child.send(m, (err) => console.log('send cb', err));
  }
});
child.on('disconnect', () => {
  console.log('parent disconnect', child.connected, child.channel);
  child.send('late', (err) => console.log('late send', err.name, err.code, err.message));
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', (code, signal) => {
  console.log('close', code, signal);
  process.stdout.write(out);
});
