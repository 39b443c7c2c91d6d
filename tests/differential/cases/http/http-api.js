// The everyday http API against Node: status lines and headers as sent on the wire (raw
// socket client), chunked and Content-Length bodies, HEAD/204/304 without bodies, keep-alive
// reuse through an Agent, POST bodies, header validation errors, writing after end, a parse
// error answered with 400, and ECONNREFUSED on a request.
const http = require('http');
const net = require('net');

function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(text));
    let all = '';
    c.on('data', (d) => { all += d; });
    c.on('end', () => resolve(all.replace(/Date: [^\r]*/g, 'Date: <date>')));
  });
}

const srv = http.createServer((req, res) => {
  switch (req.url) {
    case '/len': res.end('hello'); break;
    case '/chunked': res.setHeader('X-A', '1'); res.write('x'); res.end('yz'); break;
    case '/head': res.end('not sent for HEAD'); break;
    case '/204': res.writeHead(204); res.end(); break;
    case '/304': res.statusCode = 304; res.end(); break;
    case '/404': res.writeHead(404, { 'content-type': 'text/plain' }); res.end(); break;
    case '/echo': {
      let n = 0;
      req.on('data', (d) => { n += d.length; });
      req.on('end', () => res.end(`${req.method} ${n} ${req.headers['content-type']} ${req.headers['transfer-encoding'] || req.headers['content-length']}`));
      break;
    }
    case '/errors': {
      for (const [name, fn] of [
        ['bad name', () => res.setHeader('bad name', 'x')],
        ['bad value', () => res.setHeader('x', 'a\nb')],
        ['undefined value', () => res.setHeader('x', undefined)],
        ['bad status', () => res.writeHead(99)],
      ]) {
        try { fn(); console.log(name, 'no error'); } catch (e) { console.log(name, e.name, e.code, e.message); }
      }
      res.setHeader('X-Multi', ['a', 'b']);
      console.log('getHeader', res.getHeader('x-multi'), res.hasHeader('X-MULTI'), res.getHeaderNames());
      res.removeHeader('x-multi');
      res.end('done');
      try { res.setHeader('late', '1'); } catch (e) { console.log('after end', e.code, e.message); }
      res.write('more', (err) => console.log('write after end cb', err && err.code));
      res.on('error', (e) => console.log('res error', e.code));
      break;
    }
    default: res.end(req.url);
  }
});

srv.listen(0, '127.0.0.1', async () => {
  const port = srv.address().port;
  console.log(JSON.stringify(await raw(port,
    'GET /len HTTP/1.1\r\nHost: x\r\n\r\nGET /chunked HTTP/1.1\r\nHost: x\r\n\r\n' +
    'HEAD /head HTTP/1.1\r\nHost: x\r\n\r\nGET /204 HTTP/1.1\r\nHost: x\r\n\r\n' +
    'GET /304 HTTP/1.1\r\nHost: x\r\n\r\nGET /404 HTTP/1.0\r\n\r\n')));
  console.log(JSON.stringify(await raw(port, 'GET / HTTP/1.1\r\nBad Header\r\n\r\n')));

  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path, opts = {}) => new Promise((resolve, reject) => {
    const req = http.request({ port, host: '127.0.0.1', path, agent, ...opts }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve(`${res.statusCode} ${res.statusMessage} ${JSON.stringify(res.headers['content-length'])} ${JSON.stringify(res.headers['transfer-encoding'])} reused=${req.reusedSocket} ${body}`));
    });
    req.on('error', reject);
    if (opts.body) req.end(opts.body); else req.end();
  });
  console.log(await get('/len'));
  console.log(await get('/chunked'));
  console.log(await get('/head', { method: 'HEAD' }));
  console.log(await get('/echo', { method: 'POST', body: 'x'.repeat(5000), headers: { 'content-type': 'text/plain' } }));
  console.log(await get('/echo', { method: 'PUT', body: 'abc', headers: { 'content-length': 3 } }));
  console.log(await get('/errors'));
  agent.destroy();

  try { http.request({ port, method: 'BAD METHOD' }); } catch (e) { console.log(e.code, e.message); }
  try { http.request({ port, path: '/a b' }); } catch (e) { console.log(e.code, e.message); }
  try { http.request('https://example.com/'); } catch (e) { console.log(e.code, e.message); }

  srv.close(() => {
    const req = http.get({ port, host: '127.0.0.1' });
    req.on('error', (e) => console.log('refused', e.code, e.syscall, e.address, e.port === port));
  });
});
