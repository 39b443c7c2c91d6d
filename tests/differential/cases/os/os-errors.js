// node:os argument validation and system errors: getPriority/setPriority of a missing process
// throw SystemError [ERR_SYSTEM_ERROR] with info { errno, code, message, syscall } and enumerable
// errno/syscall accessors backed by info; invalid pids and priorities throw Node's
// ERR_INVALID_ARG_TYPE / ERR_OUT_OF_RANGE.
'use strict';
const os = require('os');
function t(label, f) {
  try {
    console.log(label, 'returned', f());
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message), Object.keys(e));
    if (e.info) {
      console.log('  info', e.info, e.errno, e.syscall, e.toString());
      console.log('  stack head', e.stack.split('\n')[0]);
      console.log('  instanceof Error', e instanceof Error, e.constructor === Error);
      e.errno = 7;
      console.log('  errno setter writes info', e.info.errno);
    }
  }
}
t('getPriority missing', () => os.getPriority(999999));
t('getPriority string', () => os.getPriority('x'));
t('getPriority float', () => os.getPriority(1.5));
t('getPriority big', () => os.getPriority(2 ** 31));
t('setPriority missing', () => os.setPriority(999999, 5));
t('setPriority range', () => os.setPriority(0, 50));
t('setPriority low', () => os.setPriority(0, -21));
t('setPriority string', () => os.setPriority(0, '5'));
t('setPriority pid string', () => os.setPriority('0', 5));
t('setPriority same', () => os.setPriority(os.getPriority()));
t('userInfo number', () => os.userInfo(5).uid === os.userInfo().uid);
t('userInfo null', () => os.userInfo(null).uid === os.userInfo().uid);
