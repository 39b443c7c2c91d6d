// The docs' executionAsyncId/triggerAsyncId notes for net: in the connection listener the
// execution id is the server's and the trigger the connection's; in the listen callback the
// execution id is a TickObject's and the trigger the server's. Checked by relation.
const ah = require('node:async_hooks');
const fs = require('node:fs');
const net = require('node:net');
const w = (s) => fs.writeSync(1, s + '\n');
const types = new Map();
ah.createHook({ init(id, type) { types.set(id, type); } }).enable();

const server = net.createServer((conn) => {
  w(`connection: eid is ${types.get(ah.executionAsyncId())}, tid is ${types.get(ah.triggerAsyncId())}`);
  w(`connection: eid === server handle id ${ah.executionAsyncId() === serverId}`);
  conn.end();
  server.close();
}).listen(0, () => {
  w(`listen: eid is ${types.get(ah.executionAsyncId())}, tid is ${types.get(ah.triggerAsyncId())}`);
  const c = net.connect(server.address().port, '127.0.0.1');
  c.resume();
});
let serverId;
server.on('listening', () => { serverId = ah.triggerAsyncId(); });
