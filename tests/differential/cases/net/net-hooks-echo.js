// A server and a client on loopback exchange one message each way and close: every resource
// (TCPSERVERWRAP, TCPWRAP for both ends, TCPCONNECTWRAP, SHUTDOWNWRAP, the listening/close
// TickObjects) with its trigger and execution ids, and before/after/destroy in Node's order.
const ah = require('async_hooks');
const fs = require('fs');
const net = require('net');
const w = (s) => fs.writeSync(1, s + '\n');
ah.createHook({
  init(id, type, tid, res) {
    w(`init ${type} id=${id} trigger=${tid} eid=${ah.executionAsyncId()} ${res.constructor.name}`);
  },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
  destroy(id) { w(`destroy id=${id}`); },
}).enable();

const srv = net.createServer((c) => {
  w(`connection eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`);
  c.on('data', (d) => { w('server data ' + d); c.end('bye'); });
  c.on('close', () => { w('server socket close'); srv.close(() => w('server closed')); });
});
srv.listen(0, '127.0.0.1', () => {
  w(`listening eid=${ah.executionAsyncId()} tid=${ah.triggerAsyncId()}`);
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    w(`connect eid=${ah.executionAsyncId()}`);
    c.write('hi');
  });
  c.on('data', (d) => w('client data ' + d));
  c.on('end', () => w('client end'));
  c.on('close', (hadError) => w('client close ' + hadError));
});
