// Node's error machinery (mirrors lib/internal/errors.js): the `codes` registry of
// Node-style errors (right class, `code`, Node 26 messages, `toString()` as
// `TypeError [ERR_X]: msg`), plus AbortError, genericNodeError, hideStackFrames and
// the helpers the messages need (determineSpecificType, addNumericalSeparator).
'use strict';

// Marks errors built here, so inspect can give a frames-only stack Node's header
// (`TypeError [ERR_X]: msg`).
const kIsNodeError = Symbol('kIsNodeError');

let inspectModule;
function lazyInspect() {
  if (inspectModule === undefined) inspectModule = require('internal/util/inspect');
  return inspectModule.inspect;
}

const codes = {};
const messages = new Map();

// An internal misuse of a code: Node raises the same assertion text.
function internalAssert(cond, message) {
  if (!cond) {
    const err = new Error(`${message}\nThis is caused by either a bug in Node.js or ` +
      'incorrect usage of Node.js internals.\nPlease open an issue with this stack trace ' +
      'at https://github.com/nodejs/node/issues\n');
    err.code = 'ERR_INTERNAL_ASSERTION';
    throw err;
  }
}

// Fills `%s`/`%d`/`%j`-style templates the way util.format would for the
// simple values the message tables pass.
function fillTemplate(template, args) {
  let i = 0;
  return template.replace(/%[sdj%]/g, (m) => {
    if (m === '%%') return '%';
    const v = args[i++];
    if (m === '%d') return String(Number(v));
    if (m === '%j') return JSON.stringify(v);
    if (typeof v === 'bigint') return `${v}n`;
    if (typeof v === 'object' && v !== null) return lazyInspect()(v, { depth: 0 });
    return String(v);
  });
}

function getMessage(key, args, self) {
  const msg = messages.get(key);
  if (typeof msg === 'function') {
    internalAssert(msg.length <= args.length,
      `Code: ${key}; The provided arguments length (${args.length}) does not ` +
      `match the required ones (${msg.length}).`);
    return msg.apply(self, args);
  }
  const expected = (msg.match(/%[sdifjoO]/g) || []).length;
  internalAssert(expected === args.length,
    `Code: ${key}; The provided arguments length (${args.length}) does not ` +
    `match the required ones (${expected}).`);
  if (args.length === 0) return msg;
  return fillTemplate(msg, args);
}

const ownFrame = /^\s+at .*\b(?:node|weft):internal\/errors(?:\.js)?:/;

// Gives a Node error Node's stack text: a `TypeError [ERR_X]: msg` header (the
// engine may give none, or one made before the message was set) over the frames
// of the caller, without the constructor's own frame.
function setNodeStack(err) {
  let stack;
  try {
    stack = err.stack;
  } catch {
    return;
  }
  if (typeof stack !== 'string') return;
  const lines = stack.split('\n');
  let first = lines.findIndex((line) => /^\s+at /.test(line));
  if (first === -1) first = lines.length;
  while (first < lines.length && ownFrame.test(lines[first])) first++;
  const frames = lines.slice(first).filter((line) => line !== '');
  const header = `${err.name} [${err.code}]: ${err.message}`;
  Object.defineProperty(err, 'stack', {
    value: frames.length === 0 ? header : `${header}\n${frames.join('\n')}`,
    enumerable: false, writable: true, configurable: true,
  });
}

// Builds the constructor for one code: instances are `Base` errors (TypeError …)
// whose own, non-enumerable `message` is the formatted text and whose enumerable
// own `code` is the key.
function makeNodeErrorWithCode(Base, key) {
  class NodeError extends Base {
    constructor(...args) {
      super();
      this.code = key;
      Object.defineProperty(this, 'message', {
        value: getMessage(key, args, this), enumerable: false, writable: true, configurable: true,
      });
      setNodeStack(this);
    }

    toString() {
      return `${this.name} [${key}]: ${this.message}`;
    }
  }
  // `err.constructor` is the plain base class, as in Node.
  Object.defineProperty(NodeError.prototype, 'constructor', {
    get() { return Base; }, enumerable: false, configurable: true,
  });
  Object.defineProperty(NodeError.prototype, kIsNodeError, { value: true });
  return NodeError;
}

function E(key, msg, Base) {
  messages.set(key, msg);
  codes[key] = makeNodeErrorWithCode(Base, key);
}

function hideStackFrames(fn) {
  return fn;
}

// 1234567 -> '1_234_567' (Node's addNumericalSeparator for ERR_OUT_OF_RANGE).
function addNumericalSeparator(val) {
  let res = '';
  let i = val.length;
  const start = val[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) res = `_${val.slice(i - 3, i)}${res}`;
  return `${val.slice(0, i)}${res}`;
}

// How the "Received …" part of type errors describes a value.
function determineSpecificType(value) {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  const type = typeof value;
  if (type === 'function') return `function ${value.name}`;
  if (type === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return `an instance of ${ctor.name}`;
    return `${lazyInspect()(value, { depth: -1 })}`;
  }
  // Long strings are cut before quoting, anything else after.
  let inspected;
  if (type === 'string') {
    inspected = lazyInspect()(value.length > 28 ? `${value.slice(0, 25)}...` : value,
      { colors: false });
  } else {
    inspected = lazyInspect()(value, { colors: false });
    if (inspected.length > 28) inspected = `${inspected.slice(0, 25)}...`;
  }
  return `type ${type} (${inspected})`;
}

// Type names checked with typeof (printed lower-case) versus class names.
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object',
  'boolean', 'bigint', 'symbol'];
const classRegExp = /^[A-Z][a-zA-Z0-9]*$/;

function listWith(items, prefixMany, prefixOne) {
  if (items.length > 2) {
    const last = items[items.length - 1];
    return `${prefixMany}${items.slice(0, -1).join(', ')}, or ${last}`;
  }
  if (items.length === 2) return `${prefixMany}${items[0]} or ${items[1]}`;
  return `${prefixOne}${items[0]}`;
}

function invalidArgTypeMessage(name, expected, actual) {
  internalAssert(typeof name === 'string', "'name' must be a string");
  if (!Array.isArray(expected)) expected = [expected];
  let msg = 'The ';
  if (name.endsWith(' argument')) msg += `${name} `;
  else msg += `"${name}" ${name.includes('.') ? 'property' : 'argument'} `;
  msg += 'must be ';

  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    internalAssert(typeof value === 'string', 'All expected entries have to be of type string');
    if (kTypes.includes(value)) types.push(value.toLowerCase());
    else if (classRegExp.test(value)) instances.push(value);
    else {
      internalAssert(value !== 'object', 'The value "object" should be written as "Object"');
      other.push(value);
    }
  }
  // With class names listed, a plain object is spelled as the class Object.
  if (instances.length > 0) {
    const pos = types.indexOf('object');
    if (pos !== -1) {
      types.splice(pos, 1);
      instances.push('Object');
    }
  }
  if (types.length > 0) {
    msg += types.length > 1 ? listWith(types, 'one of type ', '') : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += listWith(instances, 'an instance of ', 'an instance of ');
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += listWith(other, 'one of ', '');
    else {
      if (other[0].toLowerCase() !== other[0]) msg += 'an ';
      msg += other[0];
    }
  }
  return `${msg}. Received ${determineSpecificType(actual)}`;
}

E('ERR_AMBIGUOUS_ARGUMENT', 'The "%s" argument is ambiguous. %s', TypeError);
E('ERR_ARG_NOT_ITERABLE', '%s must be iterable', TypeError);
E('ERR_ASYNC_CALLBACK', '%s must be a function', TypeError);
E('ERR_ASYNC_TYPE', 'Invalid name for async "type": %s', TypeError);
E('ERR_BROTLI_INVALID_PARAM', '%s is not a valid Brotli parameter', RangeError);
E('ERR_BUFFER_TOO_LARGE', 'Cannot create a Buffer larger than %s bytes', RangeError);
E('ERR_CRYPTO_HASH_FINALIZED', 'Digest already called', Error);
E('ERR_CRYPTO_HASH_UPDATE_FAILED', 'Hash update failed', Error);
E('ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: %s', TypeError);
E('ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH', 'Input buffers must have the same byte length', RangeError);
E('ERR_ZLIB_INITIALIZATION_FAILED', 'Initialization failed', Error);
E('ERR_BUFFER_OUT_OF_BOUNDS', (name = undefined) => {
  if (name) return `"${name}" is outside of buffer bounds`;
  return 'Attempt to access memory outside buffer bounds';
}, RangeError);
E('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for %s', TypeError);
E('ERR_ENCODING_INVALID_ENCODED_DATA', 'The encoded data was not valid for encoding %s',
  TypeError);
E('ERR_CHILD_PROCESS_IPC_REQUIRED',
  "Forked processes must have an IPC channel, missing value 'ipc' in %s", Error);
E('ERR_CHILD_PROCESS_STDIO_MAXBUFFER', '%s maxBuffer length exceeded', RangeError);
E('ERR_ENCODING_NOT_SUPPORTED', 'The "%s" encoding is not supported', RangeError);
E('ERR_EVENT_RECURSION', 'The event "%s" is already being dispatched', Error);
E('ERR_FALSY_VALUE_REJECTION', function(reason) {
  this.reason = reason;
  return 'Promise was rejected with falsy value';
}, Error);
E('ERR_DIR_CLOSED', 'Directory handle was closed', Error);
E('ERR_DIR_CONCURRENT_OPERATION',
  'Cannot do synchronous work on directory handle with concurrent asynchronous operations', Error);
E('ERR_FS_FILE_TOO_LARGE', 'File size (%s) is greater than 2 GiB', RangeError);
E('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor', TypeError);
E('ERR_INCOMPATIBLE_OPTION_PAIR', 'Option "%s" cannot be used in combination with option "%s"', TypeError);
E('ERR_INVALID_ARG_TYPE', invalidArgTypeMessage, TypeError);
E('ERR_INVALID_ARG_VALUE', (name, value, reason = 'is invalid') => {
  let inspected = lazyInspect()(value);
  if (inspected.length > 128) inspected = `${inspected.slice(0, 128)}...`;
  const type = name.includes('.') ? 'property' : 'argument';
  return `The ${type} '${name}' ${reason}. Received ${inspected}`;
}, TypeError);
// Node also raises this code as a RangeError (e.g. process.cpuUsage).
codes.ERR_INVALID_ARG_VALUE.RangeError =
  makeNodeErrorWithCode(RangeError, 'ERR_INVALID_ARG_VALUE');
E('ERR_INVALID_ASYNC_ID', 'Invalid %s value: %s', RangeError);
E('ERR_INVALID_BUFFER_SIZE', 'Buffer size must be a multiple of %s', RangeError);
E('ERR_INVALID_FILE_URL_HOST', 'File URL host must be "localhost" or empty on %s', TypeError);
E('ERR_INVALID_FILE_URL_PATH', 'File URL path %s', TypeError);
E('ERR_INVALID_OBJECT_DEFINE_PROPERTY', '%s %s', TypeError);
E('ERR_INVALID_CURSOR_POS', 'Cannot set cursor row without setting its column', TypeError);
E('ERR_INVALID_MIME_SYNTAX', (production, str, invalidIndex) => {
  const at = invalidIndex !== -1 ? ` at ${invalidIndex}` : '';
  return `The MIME syntax for a ${production} in "${str}" is invalid${at}`;
}, TypeError);
E('ERR_INVALID_RETURN_VALUE', (input, name, value) =>
  `Expected ${input} to be returned from the "${name}" function but got ` +
  `${determineSpecificType(value)}.`, TypeError);
E('ERR_IPC_CHANNEL_CLOSED', 'Channel closed', Error);
E('ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected', Error);
E('ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe', Error);
E('ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks', Error);
E('ERR_INVALID_STATE', 'Invalid state: %s', Error);
E('ERR_INVALID_SYNC_FORK_INPUT',
  'Asynchronous forks do not support Buffer, TypedArray, DataView or string input: %s',
  TypeError);
E('ERR_INVALID_THIS', 'Value of "this" must be of type %s', TypeError);
E('ERR_INVALID_TUPLE', '%s must be an iterable %s tuple', TypeError);
E('ERR_INVALID_URI', 'URI malformed', URIError);
E('ERR_INVALID_URL', function(input, base = null) {
  this.input = input;
  if (base != null) this.base = base;
  return 'Invalid URL';
}, TypeError);
E('ERR_INVALID_URL_SCHEME', (expected) => {
  if (typeof expected === 'string') expected = [expected];
  const list = expected.length === 2 ? `one of scheme ${expected[0]} or ${expected[1]}` :
    `of scheme ${expected[0]}`;
  return `The URL must be ${list}`;
}, TypeError);
E('ERR_METHOD_NOT_IMPLEMENTED', 'The %s method is not implemented', Error);
E('ERR_MISSING_ARGS', (...args) => {
  internalAssert(args.length > 0, 'At least one arg needs to be specified');
  const wrap = (a) => `"${a}"`;
  const names = args.map((a) => (Array.isArray(a) ? a.map(wrap).join(' or ') : wrap(a)));
  let msg = 'The ';
  if (names.length === 1) msg += `${names[0]} argument`;
  else if (names.length === 2) msg += `${names[0]} and ${names[1]} arguments`;
  else msg += `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]} arguments`;
  return `${msg} must be specified`;
}, TypeError);
E('ERR_MODULE_NOT_FOUND', function(path, base, exactUrl) {
  if (exactUrl) {
    Object.defineProperty(this, 'url', {
      value: `${exactUrl}`, enumerable: true, writable: true, configurable: true,
    });
  }
  return `Cannot find ${exactUrl ? 'module' : 'package'} '${path}' imported from ${base}`;
}, Error);
E('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times', Error);
E('ERR_OUT_OF_RANGE', (str, range, input, replaceDefaultBoolean = false) => {
  internalAssert(range, 'Missing "range" argument');
  let msg = replaceDefaultBoolean ? str : `The value of "${str}" is out of range.`;
  let received;
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) {
    received = addNumericalSeparator(String(input));
  } else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = addNumericalSeparator(received);
    received += 'n';
  } else {
    received = lazyInspect()(input);
  }
  msg += ` It must be ${range}. Received ${received}`;
  return msg;
}, RangeError);
E('ERR_PACKAGE_PATH_NOT_EXPORTED', (pkgPath, subpath, base = undefined) => {
  const where = `${pkgPath}package.json${base ? ` imported from ${base}` : ''}`;
  if (subpath === '.') return `No "exports" main defined in ${where}`;
  return `Package subpath '${subpath}' is not defined by "exports" in ${where}`;
}, Error);
E('ERR_PERFORMANCE_INVALID_TIMESTAMP', '%d is not a valid timestamp', TypeError);
E('ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS', '%s', TypeError);
E('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', '%s', TypeError);
E('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', "Unexpected argument '%s'. This " +
  'command does not take positional arguments', TypeError);
E('ERR_PARSE_ARGS_UNKNOWN_OPTION', (option, allowPositionals) => {
  const suggestDashDash = allowPositionals ? '. To specify a positional ' +
    `argument starting with a '-', place it at the end of the command after '--', as in '-- ${JSON.stringify(option)}` : '';
  return `Unknown option '${option}'${suggestDashDash}`;
}, TypeError);
E('ERR_NOT_BUILDING_SNAPSHOT',
  'Operation cannot be invoked when not building startup snapshot', Error);
E('ERR_REQUIRE_ASYNC_MODULE', (filename, requireStack = []) => {
  let msg = 'require() cannot be used on an ESM graph with top-level await. Use import() ' +
    'instead. To see where the top-level await comes from, use --experimental-print-required-tla.';
  if (filename) msg += `\nRequired module: ${filename}`;
  if (requireStack.length > 0) msg += `\nRequire stack:\n- ${requireStack.join('\n- ')}`;
  return msg;
}, Error);
E('ERR_REQUIRE_ESM', (filename, hasEsmSyntax, parentPath = null) => {
  let msg = `require() of ES Module ${filename}`;
  if (parentPath) msg += ` from ${parentPath}`;
  msg += ' not supported.';
  msg += `\nInstead change the require of ${filename} to a dynamic import() which is ` +
    'available in all CommonJS modules.';
  return msg;
}, Error);
// http (kept together).
E('ERR_HTTP_BODY_NOT_ALLOWED',
  'Adding content for this request method or response status is not allowed.', Error);
E('ERR_HTTP_CONTENT_LENGTH_MISMATCH', (bodyLength, contentLength) =>
  `Response body's content-length of ${bodyLength} byte(s) does not match the ` +
  `content-length of ${contentLength} byte(s) set in header`, Error);
E('ERR_HTTP_HEADERS_SENT', 'Cannot %s headers after they are sent to the client', Error);
E('ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "%s" for header "%s"', TypeError);
E('ERR_HTTP_INVALID_STATUS_CODE', 'Invalid status code: %s', RangeError);
E('ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout', Error);
E('ERR_HTTP_SOCKET_ASSIGNED', 'ServerResponse has an already assigned socket', Error);
E('ERR_HTTP_SOCKET_ENCODING',
  'Changing the socket encoding is not allowed per RFC7230 Section 3.', Error);
E('ERR_HTTP_TRAILER_INVALID', 'Trailers are invalid with this transfer encoding', Error);
E('ERR_INVALID_CHAR', (name, field = undefined) => {
  let msg = `Invalid character in ${name}`;
  if (field !== undefined) msg += ` ["${field}"]`;
  return msg;
}, TypeError);
E('ERR_INVALID_HTTP_TOKEN', '%s must be a valid HTTP token ["%s"]', TypeError);
E('ERR_INVALID_PROTOCOL', 'Protocol "%s" not supported. Expected "%s"', TypeError);
E('ERR_UNESCAPED_CHARACTERS', '%s contains unescaped characters', TypeError);
// net (kept together: socket and server errors).
E('ERR_INVALID_FD_TYPE', 'Unsupported fd type: %s', TypeError);
E('ERR_INVALID_FD', '"fd" must be a positive integer: %s', RangeError);
E('ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent', TypeError);
E('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: %s', TypeError);
E('ERR_SERVER_ALREADY_LISTEN',
  'Listen method has been called more than once without closing.', Error);
E('ERR_SERVER_NOT_RUNNING', 'Server is not running.', Error);
E('ERR_SOCKET_BAD_PORT', (name, port, allowZero = true) => {
  const operator = allowZero ? '>=' : '>';
  return `${name} should be ${operator} 0 and < 65536. Received ${determineSpecificType(port)}.`;
}, RangeError);
E('ERR_SOCKET_CLOSED', 'Socket is closed', Error);
E('ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
  'Socket closed before the connection was established', Error);
E('ERR_STREAM_ALREADY_FINISHED', 'Cannot call %s after a stream was finished', Error);
E('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable', Error);
E('ERR_STREAM_DESTROYED', 'Cannot call %s after a stream was destroyed', Error);
E('ERR_STREAM_NULL_VALUES', 'May not write null values to stream', TypeError);
E('ERR_STREAM_PREMATURE_CLOSE', 'Premature close', Error);
E('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF', Error);
E('ERR_STREAM_UNABLE_TO_PIPE', 'Cannot pipe to a closed or destroyed stream', Error);
E('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event', Error);
E('ERR_STREAM_WRITE_AFTER_END', 'write after end', Error);
E('ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
  '`process.setupUncaughtExceptionCapture()` was called while a capture callback was ' +
  'already active', Error);
E('ERR_UNKNOWN_CREDENTIAL', '%s identifier does not exist: %s', Error);
E('ERR_UNHANDLED_ERROR', (err = undefined) => {
  const msg = 'Unhandled error.';
  if (err === undefined) return msg;
  return `${msg} (${err})`;
}, Error);
E('ERR_UNKNOWN_BUILTIN_MODULE', 'No such built-in module: %s', Error);
E('ERR_UNKNOWN_ENCODING', 'Unknown encoding: %s', TypeError);
E('ERR_UNKNOWN_SIGNAL', 'Unknown signal: %s', TypeError);
E('ERR_UNKNOWN_FILE_EXTENSION', 'Unknown file extension "%s" for %s', TypeError);
E('ERR_USE_AFTER_CLOSE', '%s was closed', Error);
E('ERR_CONSTRUCT_CALL_INVALID', 'Constructor cannot be called', TypeError);
E('ERR_WORKER_PATH', (filename) =>
  'The worker script or module filename must be an absolute path or a relative path ' +
  `starting with './' or '../'. Received "${filename}"`, TypeError);
E('ERR_WORKER_UNSUPPORTED_OPERATION', '%s is not supported in workers', TypeError);

// Node's SystemError (ERR_SYSTEM_ERROR and friends): a failed libuv call described by a
// context `{ errno, code, message, syscall, path?, dest? }`, kept as `info`; `errno`, `syscall`,
// `path` and `dest` are enumerable accessors over it.
class SystemError extends Error {
  constructor(key, context) {
    super();
    const prefix = messages.get(key);
    let message = `${prefix}: ${context.syscall} returned ` +
      `${context.code} (${context.message})`;
    if (context.path !== undefined) message += ` ${context.path}`;
    if (context.dest !== undefined) message += ` => ${context.dest}`;
    Object.defineProperty(this, 'name', {
      value: 'SystemError', enumerable: false, writable: true, configurable: true,
    });
    Object.defineProperty(this, 'message', {
      value: message, enumerable: false, writable: true, configurable: true,
    });
    this.code = key;
    Object.defineProperty(this, 'info', {
      value: context, enumerable: true, configurable: true, writable: false,
    });
    for (const field of ['errno', 'syscall', 'path', 'dest']) {
      if (field !== 'errno' && field !== 'syscall' && context[field] === undefined) continue;
      Object.defineProperty(this, field, {
        get() { return context[field]; },
        set(value) { context[field] = value; },
        enumerable: true, configurable: true,
      });
    }
    setNodeStack(this);
  }

  toString() {
    return `${this.name} [${this.code}]: ${this.message}`;
  }
}
Object.defineProperty(SystemError.prototype, kIsNodeError, { value: true });

function makeSystemErrorWithCode(key) {
  return class NodeError extends SystemError {
    constructor(ctx) {
      super(key, ctx);
    }
  };
}

function ES(key, msg) {
  messages.set(key, msg);
  codes[key] = makeSystemErrorWithCode(key);
}

ES('ERR_SYSTEM_ERROR', 'A system error occurred');
ES('ERR_TTY_INIT_FAILED', 'TTY initialization failed');
ES('ERR_FS_EISDIR', 'Path is a directory');
ES('ERR_FS_CP_EINVAL', 'Invalid src or dest');
ES('ERR_FS_CP_EEXIST', 'Target already exists');
ES('ERR_FS_CP_DIR_TO_NON_DIR', 'Cannot overwrite non-directory with directory');
ES('ERR_FS_CP_NON_DIR_TO_DIR', 'Cannot overwrite directory with non-directory');

class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    if (options !== undefined && (typeof options !== 'object' || options === null)) {
      throw new codes.ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

// A plain Error carrying extra enumerable properties (code, errno, syscall …).
function genericNodeError(message, errorProperties) {
  const err = new Error(message);
  Object.assign(err, errorProperties);
  return err;
}

module.exports = {
  codes,
  AbortError,
  genericNodeError,
  hideStackFrames,
  determineSpecificType,
  addNumericalSeparator,
  kIsNodeError,
  SystemError,
};
