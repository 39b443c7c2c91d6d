// process.kill with signal 0 probes a process (true for ourselves, ESRCH errno exception for a
// missing pid), ERR_UNKNOWN_SIGNAL for bad names; umask round trip; uid/gid functions agree
// with os.userInfo(); hrtime.bigint is monotonic; env values set are strings.
'use strict';
const { check, equal, throws } = require('../common.js');
const os = require('node:os');

equal('kill 0 self', process.kill(process.pid, 0), true);
throws('kill missing pid', () => process.kill(2 ** 30, 0), { name: 'Error', code: 'ESRCH', message: 'kill ESRCH', errno: -3, syscall: 'kill' });
throws('kill unknown signal', () => process.kill(process.pid, 'SIGNOPE'), { name: 'TypeError', code: 'ERR_UNKNOWN_SIGNAL', message: 'Unknown signal: SIGNOPE' });
const old = process.umask(0o027);
equal('umask set returns old', typeof old, 'number');
equal('umask reads new', process.umask(), 0o027);
process.umask(old);
equal('geteuid', process.geteuid(), os.userInfo().uid);
check('getgroups has egid', process.getgroups().includes(process.getegid()));
const a = process.hrtime.bigint();
const b = process.hrtime.bigint();
check('hrtime.bigint monotonic', b >= a);
process.env.WEFT_CONF = 42;
equal('env string', process.env.WEFT_CONF, '42');
delete process.env.WEFT_CONF;
equal('env deleted', process.env.WEFT_CONF, undefined);
check('uptime positive', process.uptime() > 0);
