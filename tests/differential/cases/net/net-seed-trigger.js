// The async_hooks docs' triggerAsyncId example: the accepted connection's TCPWRAP is
// triggered by the TCPSERVERWRAP and created with executionAsyncId() 0 (outside any JS stack).
// The docs hit the server with `nc`; here a client in the same process connects and closes.
const { createHook, executionAsyncId } = require('node:async_hooks');
const { stdout } = require('node:process');
const net = require('node:net');
const fs = require('node:fs');

let log = false;
createHook({
  init(asyncId, type, triggerAsyncId) {
    if (!log) return;
    const eid = executionAsyncId();
    fs.writeSync(
      stdout.fd,
      `${type}(${asyncId}): trigger: ${triggerAsyncId} execution: ${eid}\n`);
  },
}).enable();

log = true;
const server = net.createServer((conn) => {
  log = false;
  conn.destroy();
  server.close();
}).listen(0, () => {
  log = false;
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('close', () => {});
  log = true;
});
