// dns resources: DNSCHANNEL when dns loads, one GETADDRINFOREQWRAP per lookup of a name (none
// for an IP literal, whose callback runs in a TickObject), GETNAMEINFOREQWRAP for
// lookupService, callbacks inside their request, and the errors of a name that does not exist.
const ah = require('async_hooks');
const fs = require('fs');
const w = (s) => fs.writeSync(1, s + '\n');
const types = new Map();
ah.createHook({
  init(id, type, tid, res) {
    types.set(id, type);
    if (type !== 'PROMISE') w(`init ${type} id=${id} trigger=${tid} eid=${ah.executionAsyncId()} ${res.constructor.name} ${Object.keys(res)}`);
  },
}).enable();
const dns = require('dns');
dns.lookup('localhost', { family: 4 }, (e, a, f) => {
  w(`lookup ${e} ${a} ${f} in ${types.get(ah.executionAsyncId())}`);
  dns.lookup('127.0.0.1', (e2, a2, f2) => {
    w(`literal ${e2} ${a2} ${f2} in ${types.get(ah.executionAsyncId())}`);
    dns.lookup('localhost', { all: true, family: 4 }, (e3, all) => {
      w(`all ${JSON.stringify(all)}`);
      dns.lookupService('127.0.0.1', 22, (e4, host, service) => {
        w(`service ${e4} ${typeof host} ${service} in ${types.get(ah.executionAsyncId())}`);
        dns.lookup('does-not-exist.invalid', (e5) => {
          w(`missing ${e5.name} ${e5.code} ${e5.syscall} ${e5.hostname} ${e5.message}`);
          dns.promises.lookup('127.0.0.1').then((r) => w(`promise ${JSON.stringify(r)}`));
        });
      });
    });
  });
});
try { dns.lookup(42, () => {}); } catch (e) { w(`${e.code} ${e.message}`); }
try { dns.lookup('x', { family: 5 }, () => {}); } catch (e) { w(`${e.code} ${e.message}`); }
