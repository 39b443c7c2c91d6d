// HTTP hello-world server for bench/http/run.sh. Argument: "als" wraps every request in an
// AsyncLocalStorage.run and reads the store back in the handler; anything else is plain.
// Prints the port once listening; runs until killed.
const http = require('http');
const { AsyncLocalStorage } = require('async_hooks');

const useAls = process.argv[2] === 'als';
const als = new AsyncLocalStorage();
let seq = 0;

const body = 'hello world\n';
function handle(req, res) {
  res.setHeader('content-type', 'text/plain');
  res.end(useAls ? body + als.getStore() : body);
}

const server = http.createServer(useAls
  ? (req, res) => als.run(seq++, handle, req, res)
  : handle);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
