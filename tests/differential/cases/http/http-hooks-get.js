// One GET from an http client to an http server in the same process, traced: the server's
// HTTPINCOMINGMESSAGE (triggered by the accepted TCPWRAP, its callbacks outside the socket's
// scope because the parser consumes the socket), the client's HTTPCLIENTREQUEST (created in the
// tick that assigns the socket), the request/response handlers' execution resources, and every
// tick, shutdown and destroy in Node's order.
const ah = require('async_hooks');
const fs = require('fs');
const http = require('http');
const w = (s) => fs.writeSync(1, s + '\n');
const types = new Map();
ah.createHook({
  init(id, type, tid, res) {
    types.set(id, type);
    w(`init ${type} id=${id} trigger=${tid} eid=${ah.executionAsyncId()} ${res.constructor.name}`);
  },
  before(id) { w(`before ${types.get(id)} id=${id}`); },
  after(id) { w(`after ${types.get(id)} id=${id}`); },
  destroy(id) { w(`destroy ${types.get(id)} id=${id}`); },
}).enable();

const srv = http.createServer((req, res) => {
  w(`request ${req.method} ${req.url} eid=${ah.executionAsyncId()} ` +
    `${types.get(ah.executionAsyncId())} resource=${ah.executionAsyncResource().constructor.name}`);
  res.end('hello');
});
srv.listen(0, '127.0.0.1', () => {
  http.get({ port: srv.address().port, host: '127.0.0.1', agent: false }, (res) => {
    w(`response ${res.statusCode} eid=${ah.executionAsyncId()} ${types.get(ah.executionAsyncId())}`);
    res.on('data', (d) => w('data ' + d));
    res.on('end', () => { w('end'); srv.close(); });
  });
});
