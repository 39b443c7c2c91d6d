// Doc pattern: a class extending AsyncResource. init receives the subclass instance as the
// resource (type from super(type)), executionAsyncResource() inside runInAsyncScope is that
// instance, own fields set after super() are visible there, and a callback stored and run
// later from a timer (queue-like embedder) runs in the creating context's resource.
'use strict';
const ah = require('node:async_hooks');
const fs = require('node:fs');
const w = (s) => fs.writeSync(1, `${s}\n`);
let lastResource = null;
ah.createHook({
  init(id, type, trigger, resource) {
    if (type === 'DBQuery') { lastResource = resource; w(`init ${type} id=${id} trigger=${trigger} resource-class=${resource.constructor.name}`); }
  },
  before(id) { w(`before id=${id}`); },
  after(id) { w(`after id=${id}`); },
}).enable();

class DBQuery extends ah.AsyncResource {
  constructor(db) {
    super('DBQuery');
    this.db = db;
  }
  getInfo(query, callback) {
    setTimeout(() => this.runInAsyncScope(callback, null, null, `${this.db}:${query}`), 10);
  }
  close() { this.db = null; this.emitDestroy(); }
}
const q = new DBQuery('db1');
w(`init resource is the instance: ${lastResource === q} instanceof AsyncResource=${q instanceof ah.AsyncResource}`);
q.getInfo('select', (err, info) => {
  const r = ah.executionAsyncResource();
  w(`callback: err=${err} info=${info} resource-is-q=${r === q} db=${r.db} eid-is-q=${ah.executionAsyncId() === q.asyncId()}`);
  q.close();
});
