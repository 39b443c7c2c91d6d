// The async_hooks docs' asynchronous context example: before/after nesting around the listen
// callback (which runs in a TickObject triggered by the server) and a 10 ms timer, printed
// with indentation. The docs listen on 8080 and never close; here port 0 and the server
// closes from the timer.
const async_hooks = require('node:async_hooks');
const fs = require('node:fs');
const net = require('node:net');
const { fd } = process.stdout;

let indent = 0;
async_hooks.createHook({
  init(asyncId, type, triggerAsyncId) {
    const eid = async_hooks.executionAsyncId();
    const indentStr = ' '.repeat(indent);
    fs.writeSync(
      fd,
      `${indentStr}${type}(${asyncId}):` +
      ` trigger: ${triggerAsyncId} execution: ${eid}\n`);
  },
  before(asyncId) {
    const indentStr = ' '.repeat(indent);
    fs.writeSync(fd, `${indentStr}before:  ${asyncId}\n`);
    indent += 2;
  },
  after(asyncId) {
    indent -= 2;
    const indentStr = ' '.repeat(indent);
    fs.writeSync(fd, `${indentStr}after:  ${asyncId}\n`);
  },
  destroy(asyncId) {
    const indentStr = ' '.repeat(indent);
    fs.writeSync(fd, `${indentStr}destroy:  ${asyncId}\n`);
  },
}).enable();

const server = net.createServer(() => {}).listen(0, () => {
  // Let's wait 10ms before logging the server started.
  setTimeout(() => {
    fs.writeSync(fd, `>>> ${async_hooks.executionAsyncId()}\n`);
    server.close();
  }, 10);
});
