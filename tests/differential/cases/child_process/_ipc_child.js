// Helper child for child_process-fork-ipc.js: echoes messages back with a counter, replies to
// 'bye' by disconnecting. (Until weft's startup wires NODE_CHANNEL_FD itself, the helper sets
// the channel up through child_process._forkChild when process.send is missing.)
'use strict';
if (typeof process.send !== 'function' && process.env.NODE_CHANNEL_FD) {
  const fd = Number(process.env.NODE_CHANNEL_FD);
  delete process.env.NODE_CHANNEL_FD;
  delete process.env.NODE_CHANNEL_SERIALIZATION_MODE;
  require('child_process')._forkChild(fd, 'json');
}
let n = 0;
process.send({ hello: 'from child', argv: process.argv.slice(2), connected: process.connected });
process.on('message', (msg) => {
  n++;
  if (msg === 'bye') {
    process.send({ bye: n }, () => process.disconnect());
    return;
  }
  process.send({ echo: msg, n });
});
process.on('disconnect', () => {
  process.stdout.write(`child disconnected ${process.connected}\n`);
  // Linger so the parent sees the channel end well before the exit.
  setTimeout(() => {}, 200);
});
