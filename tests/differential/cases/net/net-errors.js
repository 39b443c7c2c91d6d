// Node's errors for sockets and servers: ECONNREFUSED with errno/code/syscall/address/port,
// EADDRINUSE from listen (with the address libuv bound), bad ports, missing arguments,
// closing a server that is not running, listening twice, writing after end.
const net = require('net');
const show = (label, e) => console.log(label, e.name, e.code, e.message, JSON.stringify(
  Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'port' || true))));
const tryIt = (label, fn) => { try { fn(); console.log(label, 'no throw'); } catch (e) { show(label, e); } };

tryIt('bad port', () => net.createServer().listen(70000));
tryIt('negative port', () => net.connect({ port: -1 }));
tryIt('no args', () => net.connect({}));
tryIt('bad host type', () => net.connect({ port: 80, host: 42 }));
tryIt('bad options', () => new net.Server(42));
net.createServer().close((e) => show('close not running', e));

const s = net.connect(1, '127.0.0.1');
s.on('error', (e) => {
  show('refused', e);
  const srv = net.createServer().listen(0, '127.0.0.1', () => {
    const port = srv.address().port;
    tryIt('listen twice', () => srv.listen(0));
    const s2 = net.createServer().listen(port, '127.0.0.1');
    s2.on('error', (e2) => {
      console.log(e2.message.replace(String(port), 'PORT'), e2.code, e2.errno, e2.syscall,
        e2.address, e2.port === port);
      const c = net.connect(port, '127.0.0.1', () => {
        c.end();
        c.write('late', (err) => { console.log('write after end:', err && err.code); });
      });
      c.on('error', (err) => console.log('client error', err.code));
      c.on('close', () => srv.close(() => console.log('done')));
    });
  });
});
