// A write the socket takes at once creates no WRITEWRAP (its callback runs in a TickObject);
// an 8 MiB write that cannot complete synchronously creates a WRITEWRAP triggered by the
// socket, returns false, and calls back from that request.
const ah = require('async_hooks');
const fs = require('fs');
const net = require('net');
const w = (s) => fs.writeSync(1, s + '\n');
let on = false;
ah.createHook({
  init(id, type, tid, res) {
    if (on) w(`init ${type} id=${id} trigger=${tid} eid=${ah.executionAsyncId()} ${res.constructor.name}`);
  },
}).enable();
const srv = net.createServer((c) => { c.resume(); c.on('end', () => { c.end(); srv.close(); }); });
srv.listen(0, '127.0.0.1', () => {
  const c = net.connect(srv.address().port, '127.0.0.1', () => {
    on = true;
    w(`socket id=${c._handle.getAsyncId()}`);
    w('write small ' + c.write('x', () => w(`small cb eid=${ah.executionAsyncId()}`)));
    w('write big ' + c.write(Buffer.alloc(8 << 20), () => w(`big cb eid=${ah.executionAsyncId()}`)));
    on = false;
    c.end();
  });
});
