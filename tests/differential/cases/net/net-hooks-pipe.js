// A Unix-domain socket server and client, traced: PIPESERVERWRAP, the client's PIPEWRAP and
// PIPECONNECTWRAP (triggered by the socket), the accepted PIPEWRAP (triggered by the server,
// executionAsyncId 0 at init), and the callbacks' resources.
const ah = require('async_hooks');
const fs = require('fs');
const net = require('net');
const os = require('os');
const path = require('path');
const w = (s) => fs.writeSync(1, s + '\n');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-pipe-'));
const sock = path.join(dir, 's.sock');
const types = new Map();
ah.createHook({
  init(id, type, tid) {
    types.set(id, type);
    if (type !== 'TickObject') w(`init ${type} id=${id} trigger=${tid} eid=${ah.executionAsyncId()}`);
  },
  before(id) { if (types.get(id) !== 'TickObject') w(`before ${types.get(id)} id=${id}`); },
}).enable();
const srv = net.createServer((c) => {
  w(`connection in ${types.get(ah.executionAsyncId())}`);
  c.end('hi');
});
srv.listen(sock, () => {
  const c = net.connect(sock, () => w(`connect in ${types.get(ah.executionAsyncId())}`));
  c.on('data', (d) => w(`data ${d} in ${types.get(ah.executionAsyncId())}`));
  c.on('close', () => srv.close(() => fs.rmSync(dir, { recursive: true, force: true })));
});
