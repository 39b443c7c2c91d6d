// node:os (mirrors Node's lib/os.js): machine facts from `internalBinding('os')`, with Node's
// names, argument checks, `ERR_SYSTEM_ERROR` for failing system calls, and the
// Symbol.toPrimitive shortcuts Node puts on the string-valued functions (`${os.hostname}`).
'use strict';

const binding = internalBinding('os');
const { signals } = internalBinding('signals');
const {
  codes: { ERR_SYSTEM_ERROR },
} = require('internal/errors');
const { validateInt32 } = require('internal/validators');

// Calls a binding that fills `ctx` on failure, and throws Node's SystemError for it.
function checked(fn, ...args) {
  const ctx = {};
  const ret = fn(...args, ctx);
  if (ret === undefined || ret === null) {
    if (ctx.code !== undefined) {
      const [, message] = binding.errname(ctx.errno);
      throw new ERR_SYSTEM_ERROR({
        errno: ctx.errno, code: ctx.code, message, syscall: ctx.syscall,
      });
    }
  }
  return ret;
}

const [osType, osVersion, osRelease, osMachine] = binding.getOSInformation();

function withPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

// Node wraps the throwing getters in a function named `wrappedFn`.
function wrap(getter) {
  const wrappedFn = function wrappedFn(...args) { return checked(getter, ...args); };
  return wrappedFn;
}

const hostname = withPrimitive(wrap(binding.getHostname));
const homedir = withPrimitive(wrap(binding.getHomeDirectory));
const uptime = withPrimitive(wrap(binding.getUptime));

function getOSType() { return osType; }
function getOSRelease() { return osRelease; }
function getOSVersion() { return osVersion; }
function getMachine() { return osMachine; }
withPrimitive(getOSType);
withPrimitive(getOSRelease);
withPrimitive(getOSVersion);
withPrimitive(getMachine);

// Anonymous, as in Node (`os.totalmem.name === ''`).
const freemem = withPrimitive(() => binding.getFreeMem());
const totalmem = withPrimitive(() => binding.getTotalMem());
const availableParallelism = withPrimitive(() => binding.getAvailableParallelism());

function arch() { return process.arch; }
withPrimitive(arch);
function platform() { return process.platform; }
withPrimitive(platform);
function endianness() { return 'LE'; }
withPrimitive(endianness);

function loadavg() {
  const v = binding.getLoadAvg();
  return [v[0], v[1], v[2]];
}

function cpus() {
  return binding.getCPUs();
}

// Node's env rules: TMPDIR, TMP, TEMP, then /tmp; one trailing slash goes.
function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}
withPrimitive(tmpdir);

// IPv4 '255.255.255.0' or IPv6 'ffff:ffff::' -> prefix length; null when not contiguous.
function netmaskBits(netmask, family) {
  const v4 = family === 'IPv4';
  const parts = v4 ? netmask.split('.') : expandIPv6(netmask);
  const width = v4 ? 8 : 16;
  let bits = 0;
  let ended = false;
  for (const part of parts) {
    let n = v4 ? Number(part) : parseInt(part, 16);
    for (let i = width - 1; i >= 0; i--) {
      const one = (n >> i) & 1;
      if (one) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
    n = 0;
  }
  return bits;
}

function expandIPv6(addr) {
  const [head, tail] = addr.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail !== '' ? tail.split(':') : [];
  const fill = tail === undefined ? [] : new Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t];
}

function networkInterfaces() {
  const rows = checked(binding.getInterfaceAddresses);
  const result = {};
  if (rows === undefined) return result;
  for (let i = 0; i < rows.length; i += 7) {
    const name = rows[i];
    const entry = {
      address: rows[i + 1],
      netmask: rows[i + 2],
      family: rows[i + 3],
      mac: rows[i + 4],
      internal: rows[i + 5],
      cidr: null,
    };
    const bits = netmaskBits(entry.netmask, entry.family);
    entry.cidr = bits === null ? null : `${entry.address}/${bits}`;
    if (rows[i + 6] !== -1) entry.scopeid = rows[i + 6];
    (result[name] ??= []).push(entry);
  }
  return result;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const ctx = {};
  if (binding.setPriority(pid, priority, ctx) !== 0) {
    const [, message] = binding.errname(ctx.errno);
    throw new ERR_SYSTEM_ERROR({
      errno: ctx.errno, code: ctx.code, message, syscall: ctx.syscall,
    });
  }
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return checked(binding.getPriority, pid);
}

function userInfo(options) {
  if (typeof options !== 'object') options = null;
  const raw = checked(binding.getUserInfo);
  const asBuffer = options !== null && options.encoding === 'buffer';
  const decode = (bytes) => {
    if (asBuffer) {
      // Without node:buffer built in, the raw bytes are the closest answer.
      if (!internalBinding('modules').hasBuiltinSource('buffer')) return bytes;
      const { Buffer } = require('buffer');
      return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    return utf8Decode(bytes);
  };
  const info = { __proto__: null };
  info.uid = raw.uid;
  info.gid = raw.gid;
  info.username = decode(raw.username);
  info.homedir = decode(raw.homedir);
  info.shell = decode(raw.shell);
  return info;
}

function utf8Decode(bytes) {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += `%${bytes[i].toString(16).padStart(2, '0')}`;
  try {
    return decodeURIComponent(s);
  } catch {
    return String.fromCharCode(...bytes);
  }
}

const constants = {
  __proto__: null,
  UV_UDP_REUSEADDR: 4,
  dlopen: {
    __proto__: null,
    RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
  },
  errno: Object.assign({ __proto__: null }, binding.errnoConstants),
  signals,
  priority: {
    __proto__: null,
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  },
};

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release: getOSRelease,
  setPriority,
  tmpdir,
  totalmem,
  type: getOSType,
  userInfo,
  uptime,
  version: getOSVersion,
  machine: getMachine,
};

Object.defineProperties(module.exports, {
  constants: { configurable: false, enumerable: true, value: constants },
  EOL: { configurable: true, enumerable: true, writable: false, value: '\n' },
  devNull: { configurable: true, enumerable: true, writable: false, value: '/dev/null' },
});
