// Socket and server state as Node reports it: addresses and ports, bytesRead/bytesWritten,
// readyState through the connection's life, setEncoding, pause/resume, backpressure with
// 'drain', allowHalfOpen, and a Unix-domain socket server.
const net = require('net');
const os = require('os');
const path = require('path');
const fs = require('fs');

function tcp(next) {
  const srv = net.createServer({ allowHalfOpen: true }, (c) => {
    console.log('server sees', c.remoteAddress, c.remoteFamily, typeof c.remotePort, c.localPort === srv.address().port);
    c.setEncoding('utf8');
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      console.log('server got', got.length, 'bytes, half-open write still ok:', c.writable);
      c.end('x'.repeat(100000));
    });
  });
  srv.listen(0, '127.0.0.1', () => {
    const a = srv.address();
    console.log('address', a.address, a.family, typeof a.port);
    const c = net.connect({ port: a.port, host: '127.0.0.1' });
    console.log('readyState before connect', c.readyState, c.pending, c.connecting);
    c.on('connect', () => {
      console.log('readyState after connect', c.readyState, c.pending, c.connecting);
      console.log('local', c.localAddress, c.localFamily, c.remotePort === a.port);
      let ok = true;
      let n = 0;
      while (ok && n < 1000) { ok = c.write(Buffer.alloc(65536, 97)); n++; }
      console.log('backpressure reached', !ok, 'bufferSize > 0', c.writableLength > 0);
      c.once('drain', () => {
        console.log('drain; bytesWritten', c.bytesWritten === n * 65536);
        c.end();
      });
    });
    let received = 0;
    c.on('data', (d) => { received += d.length; });
    c.on('end', () => console.log('client received', received, 'bytesRead', c.bytesRead));
    c.on('close', (hadError) => {
      console.log('client close', hadError, c.readyState, c.destroyed);
      srv.close(next);
    });
  });
}

function unix() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'weft-net-'));
  const sock = path.join(dir, 's.sock');
  const srv = net.createServer((c) => { c.end('over unix'); });
  srv.listen(sock, () => {
    console.log('pipe address is path', srv.address() === sock);
    const c = net.connect(sock);
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('unix data', d));
    c.on('close', () => srv.close(() => {
      console.log('socket file removed', !fs.existsSync(sock));
      fs.rmSync(dir, { recursive: true, force: true });
    }));
  });
}

tcp(unix);
