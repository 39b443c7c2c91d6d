// The async_hooks docs' executionAsyncResource example: per-request state stored on the
// current resource in the request handler is found again inside a timer started there, because
// the init hook copies it from the creating resource. The docs listen on 3000 and never close;
// here port 0, two requests from a client in the same process, then close. (Timer: 10 ms.)
// diff: sort-lines
// (Which response the client reads first is not fixed on a loaded machine.)
const { createServer, get } = require('node:http');
const {
  executionAsyncId,
  executionAsyncResource,
  createHook,
} = require('node:async_hooks');
const sym = Symbol('state'); // Private symbol to avoid pollution

createHook({
  init(asyncId, type, triggerAsyncId, resource) {
    const cr = executionAsyncResource();
    if (cr) {
      resource[sym] = cr[sym];
    }
  },
}).enable();

const server = createServer((req, res) => {
  executionAsyncResource()[sym] = { state: req.url };
  setTimeout(function() {
    res.end(JSON.stringify(executionAsyncResource()[sym]));
  }, 10);
}).listen(0, () => {
  const { port } = server.address();
  let left = 2;
  for (const path of ['/first', '/second']) {
    get({ port, path, agent: false }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        console.log(path, '->', body);
        if (--left === 0) server.close();
      });
    });
  }
  void executionAsyncId;
});
