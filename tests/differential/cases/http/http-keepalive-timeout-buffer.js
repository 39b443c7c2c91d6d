// http.Server's keepAliveTimeoutBuffer (Node 24+): its default and validation, and the idle
// timeout a kept-alive server socket gets after a response (keepAliveTimeout plus the buffer,
// read when the response finishes), while the advertised Keep-Alive header stays keepAliveTimeout.
const http = require('http');
function probe(opts, tweak, next) {
  let ss;
  let s;
  try {
    s = http.createServer(opts, (req, res) => { ss = req.socket; res.end('x'); });
  } catch (e) { console.log('throws', e.code, e.name, e.message); return next(); }
  console.log('options', JSON.stringify(opts), 'keepAliveTimeout', s.keepAliveTimeout, 'buffer', s.keepAliveTimeoutBuffer);
  if (tweak) tweak(s);
  s.listen(0, () => {
    const agent = new http.Agent({ keepAlive: true });
    http.get({ port: s.address().port, agent }, (r) => {
      console.log('keep-alive header', r.headers['keep-alive'], 'connection', r.headers.connection);
      r.resume();
      r.on('end', () => setImmediate(() => {
        console.log('socket timeout after the response', ss.timeout);
        agent.destroy(); s.close(next);
      }));
    });
  });
}
const cases = [
  [{}, null], [{ keepAliveTimeoutBuffer: 250 }, null], [{ keepAliveTimeoutBuffer: 0 }, null],
  [{ keepAliveTimeout: 100 }, null], [{}, (s) => { s.keepAliveTimeoutBuffer = 7; }],
  [{}, (s) => { s.keepAliveTimeout = 0; }],
  [{ keepAliveTimeoutBuffer: -1 }, null], [{ keepAliveTimeoutBuffer: 'x' }, null],
  [{ keepAliveTimeoutBuffer: 1.5 }, null], [{ keepAliveTimeoutBuffer: null }, null],
];
let i = 0;
(function run() { if (i < cases.length) { const [o, t] = cases[i++]; probe(o, t, run); } })();
