// AsyncLocalStorage follows every hop of a connection: the store set around listen() is seen
// in the listen callback, the connection listener and its socket events; a store set in the
// client's connect callback is seen in the client's data/end/close handlers.
const { AsyncLocalStorage } = require('async_hooks');
const net = require('net');
const als = new AsyncLocalStorage();

als.run('server-scope', () => {
  const srv = net.createServer((c) => {
    console.log('connection', als.getStore());
    c.on('data', (d) => { console.log('server data', als.getStore(), String(d)); c.end('pong'); });
    c.on('close', () => { console.log('server socket close', als.getStore()); srv.close(() => console.log('server closed', als.getStore())); });
  });
  srv.listen(0, '127.0.0.1', () => {
    console.log('listening', als.getStore());
    als.run('client-scope', () => {
      const c = net.connect(srv.address().port, '127.0.0.1', () => {
        console.log('connected', als.getStore());
        c.write('ping');
      });
      c.on('data', (d) => console.log('client data', als.getStore(), String(d)));
      c.on('end', () => console.log('client end', als.getStore()));
      c.on('close', () => console.log('client close', als.getStore()));
    });
  });
});
