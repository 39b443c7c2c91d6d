// Terminal support (mirrors Node 26's lib/internal/tty.js and tty_wrap): how many colours a
// terminal described by the environment can show (FORCE_COLOR, NO_COLOR, TERM, COLORTERM, CI and
// friends), the TTY handle, and blocking writes for stdio handles.
'use strict';

const { validateInteger } = require('internal/validators');
const { Pipe } = require('internal/stream_handles');

const stdio = internalBinding('stdio');
const streamBinding = internalBinding('stream_wrap');
const StreamHandle = Object.getPrototypeOf(Pipe);


const COLORS_2 = 1;
const COLORS_16 = 4;
const COLORS_256 = 8;
const COLORS_16m = 24;

// TERM values (exact) and patterns that announce colour support.
const TERM_ENVS = {
  __proto__: null,
  'eterm': COLORS_16,
  'cons25': COLORS_16,
  'console': COLORS_16,
  'cygwin': COLORS_16,
  'dtterm': COLORS_16,
  'gnome': COLORS_16,
  'hurd': COLORS_16,
  'jfbterm': COLORS_16,
  'konsole': COLORS_16,
  'kterm': COLORS_16,
  'mlterm': COLORS_16,
  'mosh': COLORS_16m,
  'putty': COLORS_16,
  'st': COLORS_16,
  'rxvt-unicode-24bit': COLORS_16m,
  'terminator': COLORS_16m,
  'xterm-kitty': COLORS_16m,
};
const TERM_ENVS_REG_EXP = [
  /ansi/, /color/, /linux/, /direct/, /^con[0-9]*x[0-9]/, /^rxvt/, /^screen/, /^xterm/, /^vt100/,
  /^vt220/,
];

let warned = false;
function warnOnDeactivatedColors(env) {
  if (warned) return;
  let name = '';
  if (env.NO_COLOR !== undefined) name = 'NO_COLOR';
  else if (env.NODE_DISABLE_COLORS !== undefined) name = 'NODE_DISABLE_COLORS';
  if (name !== '') {
    process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`,
                        'Warning');
    warned = true;
  }
}

function getColorDepth(env = process.env) {
  // FORCE_COLOR wins over everything else.
  if (env.FORCE_COLOR !== undefined) {
    switch (env.FORCE_COLOR) {
      case '':
      case '1':
      case 'true':
        warnOnDeactivatedColors(env);
        return COLORS_16;
      case '2':
        warnOnDeactivatedColors(env);
        return COLORS_256;
      case '3':
        warnOnDeactivatedColors(env);
        return COLORS_16m;
      default:
        return COLORS_2;
    }
  }

  if (env.NODE_DISABLE_COLORS !== undefined || env.NO_COLOR !== undefined ||
      env.TERM === 'dumb') {
    return COLORS_2;
  }

  if (env.TMUX) return COLORS_16m;

  if (env.CI) {
    if ('GITHUB_ACTIONS' in env || 'GITEA_ACTIONS' in env) return COLORS_16m;
    if (['APPVEYOR', 'BUILDKITE', 'CIRCLECI', 'DRONE', 'GITLAB_CI', 'TRAVIS']
      .some((sign) => sign in env) || env.CI_NAME === 'codeship') {
      return COLORS_256;
    }
    return COLORS_2;
  }

  if ('TEAMCITY_VERSION' in env) {
    return /^(9\.(0*[1-9]\d*)\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? COLORS_16 : COLORS_2;
  }

  switch (env.TERM_PROGRAM) {
    case 'iTerm.app':
      if (!env.TERM_PROGRAM_VERSION || /^[0-2]\./.test(env.TERM_PROGRAM_VERSION)) {
        return COLORS_256;
      }
      return COLORS_16m;
    case 'HyperTerm':
    case 'MacTerm':
      return COLORS_16m;
    case 'Apple_Terminal':
      return COLORS_256;
  }

  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return COLORS_16m;

  if (env.TERM) {
    if (/truecolor/.test(env.TERM)) return COLORS_16m;
    if (/^xterm-256/.test(env.TERM)) return COLORS_256;
    const termEnv = env.TERM.toLowerCase();
    if (TERM_ENVS[termEnv]) return TERM_ENVS[termEnv];
    if (TERM_ENVS_REG_EXP.some((term) => term.test(termEnv))) return COLORS_16;
  }
  // COLORTERM alone still means some colour support.
  if (env.COLORTERM) return COLORS_16;
  return COLORS_2;
}

function hasColors(count, env) {
  if (env === undefined &&
      (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

let Buffer;
function toBuffer(chunk, encoding) {
  Buffer ??= require('buffer').Buffer;
  return typeof chunk === 'string' ? Buffer.from(chunk, encoding) : chunk;
}

// Makes `handle`'s write methods blocking writes to `fd`: every write completes synchronously
// (`req.async` false), so nothing stays queued when the process exits. Errors (EPIPE, ...) come
// back as a negative errno, which the stream reports asynchronously as Node does.
function setBlockingWrites(handle, fd) {
  // As libuv, a handle that was shut down is no longer writable: later writes fail with EPIPE.
  let shut = false;
  const shutdown = handle.shutdown;
  handle.shutdown = function(req) {
    shut = true;
    return shutdown.call(this, req);
  };
  function write(req, data) {
    const err = shut ? -32 : stdio.writeFd(fd, data);
    req.async = false;
    req.bytes = typeof data === 'string' ? toBuffer(data, 'utf8').length : data.byteLength;
    return err;
  }
  handle.writeBuffer = write;
  handle.writeUtf8String = write;
  handle.writeAsciiString = (req, s) => write(req, toBuffer(s, 'latin1'));
  handle.writeLatin1String = (req, s) => write(req, toBuffer(s, 'latin1'));
  handle.writeUcs2String = (req, s) => write(req, toBuffer(s, 'ucs2'));
  handle.writev = (req, chunks, allBuffers) => {
    const list = [];
    if (allBuffers) {
      for (let i = 0; i < chunks.length; i++) list.push(chunks[i]);
    } else {
      for (let i = 0; i < chunks.length; i += 2) list.push(toBuffer(chunks[i], chunks[i + 1]));
    }
    Buffer ??= require('buffer').Buffer;
    return write(req, Buffer.concat(list));
  };
  Object.defineProperty(handle, 'writeQueueSize', {
    __proto__: null, value: 0, writable: true, configurable: true,
  });
  return handle;
}

// Node's TTY handle (tty_wrap): fails for fds that are neither a terminal nor a stream, as
// uv_tty_init does. The fd is adopted by the native stream core only when reading starts, so a
// terminal that is only written to keeps its blocking mode.
class TTY extends StreamHandle {
  constructor(fd, ctx) {
    const type = stdio.guessHandleType(fd);
    if (type === 'FILE' || type === 'UNKNOWN') {
      ctx.errno = -22;
      ctx.code = 'EINVAL';
      ctx.message = 'invalid argument';
      ctx.syscall = 'uv_tty_init';
      // Like a failed uv_tty_init, no handle is created.
      return Object.create(TTY.prototype);
    }
    super('TTYWRAP');
    this.fd = fd;
    this.opened = false;
    setBlockingWrites(this, fd);
  }

  readStart() {
    if (!this.opened) {
      const err = this.open(this.fd);
      if (err) return err;
    }
    return super.readStart();
  }

  open(fd) {
    this.opened = true;
    // Reading makes the terminal non-blocking: its flags are restored at exit.
    stdio.rememberFlags(fd);
    return streamBinding.openFd(this.getAsyncId(), fd);
  }

  getWindowSize(out) { return stdio.getWindowSize(this.fd, out); }
  setRawMode(flag) { return stdio.setRawMode(this.fd, !!flag); }
  setBlocking() { return 0; }
}

module.exports = { getColorDepth, hasColors, setBlockingWrites, TTY };
