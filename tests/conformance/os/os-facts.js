// node:os facts checked against their sources: hostname/type/release/machine against /proc and
// uname's files, cpus() count against availableParallelism, networkInterfaces() cidr against
// netmask, userInfo() against the uid, errno/signal constants against known Linux values,
// setPriority/getPriority round trip on our own process.
'use strict';
const { check, equal, throws } = require('../common.js');
const os = require('node:os');
const fs = require('node:fs');

equal('hostname matches /proc', os.hostname(), fs.readFileSync('/proc/sys/kernel/hostname', 'utf8').trim());
equal('release matches /proc', os.release(), fs.readFileSync('/proc/sys/kernel/osrelease', 'utf8').trim());
equal('type', os.type(), 'Linux');
equal('EOL', os.EOL, '\n');
equal('endianness', os.endianness(), 'LE');
check('cpus has entries', os.cpus().length >= 1);
check('cpu times are integers', os.cpus().every((c) => Object.values(c.times).every(Number.isInteger)));
const lo = os.networkInterfaces().lo || [];
const v4 = lo.find((a) => a.family === 'IPv4');
equal('loopback IPv4', v4 && [v4.address, v4.netmask, v4.internal, v4.cidr, v4.mac], ['127.0.0.1', '255.0.0.0', true, '127.0.0.1/8', '00:00:00:00:00:00']);
check('IPv6 entries carry scopeid', Object.values(os.networkInterfaces()).flat()
  .every((a) => (a.family === 'IPv6') === ('scopeid' in a)));
equal('userInfo uid', os.userInfo().uid, process.geteuid());
equal('userInfo gid', os.userInfo().gid, process.getegid());
equal('errno constants', [os.constants.errno.ENOENT, os.constants.errno.ESRCH, os.constants.errno.EWOULDBLOCK], [2, 3, 11]);
equal('signal constants', [os.constants.signals.SIGINT, os.constants.signals.SIGTERM, os.constants.signals.SIGUSR2], [2, 15, 12]);
equal('priority constants', os.constants.priority.PRIORITY_HIGHEST, -20);
const before = os.getPriority();
os.setPriority(Math.min(before + 1, 19));
equal('setPriority round trip', os.getPriority(), Math.min(before + 1, 19));
throws('getPriority of a missing pid', () => os.getPriority(2 ** 30), {
  name: 'SystemError', code: 'ERR_SYSTEM_ERROR',
  message: 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)',
});
throws('setPriority out of range', () => os.setPriority(20), { name: 'RangeError', code: 'ERR_OUT_OF_RANGE' });
