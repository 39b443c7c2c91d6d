// The tty module without a terminal: isatty, constructor validation (ERR_INVALID_FD,
// ERR_TTY_INIT_FAILED), and WriteStream's colour helpers over explicit environments.
'use strict';
const tty = require('tty');
const net = require('net');
const util = require('util');
const log = (...a) => console.log(...a);

log(Object.keys(tty), typeof tty.ReadStream, typeof tty.WriteStream);
log(tty.ReadStream.prototype instanceof net.Socket, tty.WriteStream.prototype instanceof net.Socket);
log(tty.WriteStream.prototype.isTTY, tty.ReadStream.prototype.isTTY);
for (const fd of [0, 1, 2, -1, 1.5, 2 ** 31, 99, '1', null, NaN]) {
  log('isatty', util.inspect(fd), tty.isatty(fd));
}
for (const C of [tty.ReadStream, tty.WriteStream]) {
  for (const fd of [-1, 1.5, '1', 99, 0]) {
    try {
      new C(fd);
      log(C.name, util.inspect(fd), 'ok');
    } catch (e) {
      log(C.name, util.inspect(fd), e.name, e.code, e.message, e.errno, e.syscall,
          util.inspect(e.info));
    }
  }
}
const W = tty.WriteStream.prototype;
const envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'linux' },
  { TERM: 'screen' }, { TERM: 'xterm-kitty' }, { TERM: 'vt100' }, { TERM: 'unknown' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit' }, { COLORTERM: 'yes' },
  { FORCE_COLOR: '' }, { FORCE_COLOR: '1' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3' },
  { FORCE_COLOR: '0' }, { FORCE_COLOR: 'false' }, { FORCE_COLOR: 'true', TERM: 'dumb' },
  { NO_COLOR: '1', TERM: 'xterm-256color' }, { NODE_DISABLE_COLORS: '1', TERM: 'xterm' },
  { TMUX: '1' }, { CI: '1' }, { CI: '1', TRAVIS: '1' }, { CI: '1', GITHUB_ACTIONS: 'true' },
  { CI: '1', CI_NAME: 'codeship' }, { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.0' },
  { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.1' },
  { TERM_PROGRAM: 'Apple_Terminal' }, { TERM_PROGRAM: 'HyperTerm' },
];
for (const env of envs) {
  log(JSON.stringify(env), W.getColorDepth(env), W.hasColors(env), W.hasColors(256, env),
      W.hasColors(2 ** 24, env));
}
for (const args of [['x'], [1], [0.5], [null]]) {
  try {
    W.hasColors(...args);
    log('hasColors', util.inspect(args), 'ok');
  } catch (e) {
    log('hasColors', util.inspect(args), e.name, e.code, e.message);
  }
}
