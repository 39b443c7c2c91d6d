// Node's system-call errors (the ErrnoException / ExceptionWithHostPort / UVException /
// UVExceptionWithHostPort / DNSException helpers of lib/internal/errors.js): an Error whose
// message names the syscall and libuv's code, carrying `errno` (negative), `code`, `syscall`
// and, where known, `path`, `dest`, `address`, `port`, `hostname`.
'use strict';

const uv = internalBinding('uv');

let errorMap;
function uvErrorInfo(err) {
  errorMap ??= new Map(uv.getErrorMap());
  return errorMap.get(err) ?? ['UNKNOWN', 'unknown error'];
}

function captureLarger(err, fn) {
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, fn);
  return err;
}

// `${syscall} ${code}` [+ ` ${original}`]: errors of reads, writes, shutdowns, accepts.
// Each helper returns a plain Error (Node's have constructor Error), so `new` is optional.
function ErrnoException(err, syscall, original) {
  const code = uvErrorInfo(err)[0];
  const e = new Error(original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  return captureLarger(e, ErrnoException);
}

// `${syscall} ${code} ${address}:${port}` [+ ` - Local (${additional})`]: connect errors.
function ExceptionWithHostPort(err, syscall, address, port, additional) {
  const code = uvErrorInfo(err)[0];
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  if (additional) details += ` - Local (${additional})`;
  const e = new Error(`${syscall} ${code}${details}`);
  e.errno = err;
  e.code = code;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return captureLarger(e, ExceptionWithHostPort);
}

// `${code}: ${description}, ${syscall} '${path}' -> '${dest}'`: file-system errors.
function UVException(ctx) {
  const [code, uvmsg] = uvErrorInfo(ctx.errno);
  let message = `${code}: ${ctx.message || uvmsg}, ${ctx.syscall}`;
  let path;
  let dest;
  if (ctx.path) {
    path = ctx.path.toString();
    message += ` '${path}'`;
  }
  if (ctx.dest) {
    dest = ctx.dest.toString();
    message += ` -> '${dest}'`;
  }
  const e = new Error(message);
  e.errno = ctx.errno;
  e.code = code;
  e.syscall = ctx.syscall;
  if (path) e.path = path;
  if (dest) e.dest = dest;
  return captureLarger(e, UVException);
}

// `${syscall} ${code}: ${description} ${address}:${port}`: listen/bind errors.
function UVExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = uvErrorInfo(err);
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const e = new Error(`${syscall} ${code}: ${uvmsg}${details}`);
  e.code = code;
  e.errno = err;
  e.syscall = syscall;
  e.address = address;
  if (port) e.port = port;
  return captureLarger(e, UVExceptionWithHostPort);
}

// `${syscall} ${code} ${hostname}`: resolver errors (EAI_NONAME/EAI_NODATA become ENOTFOUND).
function DNSException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === -3008 || code === -3007) code = 'ENOTFOUND';
    else code = uvErrorInfo(code)[0];
  }
  const e = new Error(hostname ? `${syscall} ${code} ${hostname}` : `${syscall} ${code}`);
  e.errno = errno;
  e.code = code;
  e.syscall = syscall;
  if (hostname) e.hostname = hostname;
  return captureLarger(e, DNSException);
}

module.exports = {
  uvErrorInfo,
  ErrnoException,
  ExceptionWithHostPort,
  UVException,
  UVExceptionWithHostPort,
  DNSException,
  captureLarger,
};
