// The docs' init example: a resource may be destroyed without ever calling back. A server
// that closes in its listen callback, and a timer cleared at once, traced by type.
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, s + '\n');
const types = new Map();
ah.createHook({
  init(id, type, tid) { types.set(id, type); w(`init ${type} id=${id} trigger=${tid}`); },
  before(id) { w(`before ${types.get(id)} id=${id}`); },
  after(id) { w(`after ${types.get(id)} id=${id}`); },
  destroy(id) { w(`destroy ${types.get(id)} id=${id}`); },
}).enable();

require('node:net').createServer().listen(function() {
  w(`listening: this is the server ${this instanceof require('node:net').Server}`);
  this.close();
});
clearTimeout(setTimeout(() => {}, 10));
