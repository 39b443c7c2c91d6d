// Bun's node:async_hooks page, AsyncLocalStorage example: an HTTP server gives each request
// its own id with asyncLocalStorage.run, and a log call inside a later setImmediate still sees
// it. The page listens on 8080 and never closes; here port 0 and the server closes after both
// responses.
const http = require('node:http');
const { AsyncLocalStorage } = require('node:async_hooks');

const asyncLocalStorage = new AsyncLocalStorage();

function logWithId(msg) {
  const id = asyncLocalStorage.getStore();
  console.log(`${id !== undefined ? id : '-'}:`, msg);
}

let idSeq = 0;
const server = http.createServer((req, res) => {
  asyncLocalStorage.run(idSeq++, () => {
    logWithId('start');
    // Imagine any chain of async operations here
    setImmediate(() => {
      logWithId('finish');
      res.end();
    });
  });
}).listen(0, () => {
  const url = `http://localhost:${server.address().port}`;
  let left = 2;
  const done = (res) => { res.resume(); res.on('end', () => { if (--left === 0) server.close(); }); };
  http.get(url, done);
  http.get(url, done);
});
