// The global console (mirrors Node's lib/internal/console/constructor.js and
// lib/console.js): log/info/debug/dir/table/count/time to stdout, warn/error/
// trace/assert to stderr, group indentation, plus the `Console` class. The
// global instance writes through internalBinding('stdio').writeSync.
'use strict';

const { inspect, formatWithOptions } = require('internal/util/inspect');
const types = require('internal/util/types');
const { table: cliTable } = require('internal/cli_table');
const { codes } = require('internal/errors');
const { validateInteger, validateArray } = require('internal/validators');

const stdio = internalBinding('stdio');

function processObject() {
  return typeof process === 'object' && process !== null ? process : undefined;
}

function emitWarning(message) {
  const proc = processObject();
  if (proc && typeof proc.emitWarning === 'function') {
    proc.emitWarning(message);
    return;
  }
  const pid = proc && proc.pid !== undefined ? proc.pid : 0;
  stdio.writeSync(2, `(node:${pid}) Warning: ${message}\n` +
    '(Use `node --trace-warnings ...` to show where the warning was created)\n');
}

const now = typeof performance === 'object' && performance !== null &&
  typeof performance.now === 'function' ? () => performance.now() : () => Date.now();

// Whether a stream should get ANSI colors: FORCE_COLOR wins, otherwise a TTY
// that NO_COLOR / NODE_DISABLE_COLORS / TERM=dumb do not rule out.
function streamHasColors(stream) {
  const proc = processObject();
  const env = (proc && proc.env) || {};
  if (env.FORCE_COLOR !== undefined) return !['0', 'false'].includes(env.FORCE_COLOR);
  if (!stream || !stream.isTTY) return false;
  if (typeof stream.hasColors === 'function') return stream.hasColors();
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  return env.TERM !== 'dumb';
}

const kSecond = 1000;
const kMinute = 60 * kSecond;
const kHour = 60 * kMinute;

function pad(value) {
  return `${value}`.padStart(2, '0');
}

// 1.234ms, 1.234s, 1:02.345 (m:ss.mmm), 1:02:03.456 (h:mm:ss.mmm).
function formatTime(ms) {
  let hours = 0;
  let minutes = 0;
  let seconds = 0;
  if (ms >= kSecond) {
    if (ms >= kMinute) {
      if (ms >= kHour) {
        hours = Math.floor(ms / kHour);
        ms %= kHour;
      }
      minutes = Math.floor(ms / kMinute);
      ms %= kMinute;
    }
    seconds = ms / kSecond;
  }
  if (hours !== 0 || minutes !== 0) {
    const [sec, milli] = seconds.toFixed(3).split('.');
    const res = hours !== 0 ? `${hours}:${pad(minutes)}` : minutes;
    return `${res}:${pad(sec)}.${milli} (${hours !== 0 ? 'h:m' : ''}m:ss.mmm)`;
  }
  if (seconds !== 0) return `${seconds.toFixed(3)}s`;
  return `${Number(ms.toFixed(3))}ms`;
}

// Node decides colours in 'auto' mode through its internal colour module, which looks at
// process.stderr when first loaded: the first colour check creates stderr (and its handle
// resource, seen by async_hooks) even when only stdout is written to.
let colorSupportLoaded = false;
function loadColorSupport() {
  if (colorSupportLoaded) return;
  colorSupportLoaded = true;
  const proc = processObject();
  if (proc) void proc.stderr;
}

// Builds a console whose output goes to `out(text)` / `err(text)`.
function createConsole(target, options) {
  const { out, err, inspectOptions, groupIndentation = 2, colorMode = 'auto' } = options;
  // Streams are looked up when needed: process.stdout may appear after the console.
  const stream = (name) => options[name];
  let groupIndent = '';
  const counts = new Map();
  const timers = new Map();

  function inspectOptionsFor(stream) {
    if (colorMode === 'auto') loadColorSupport();
    if (inspectOptions !== undefined) {
      if (inspectOptions.colors === undefined) {
        const colors = colorMode === 'auto' ? streamHasColors(stream) : colorMode === true;
        return { ...inspectOptions, colors };
      }
      return inspectOptions;
    }
    const colors = colorMode === 'auto' ? streamHasColors(stream) : colorMode === true;
    return colors ? { colors: true } : {};
  }

  function write(toStderr, string) {
    if (groupIndent.length !== 0) {
      if (string.includes('\n')) string = string.replace(/\n/g, `\n${groupIndent}`);
      string = groupIndent + string;
    }
    string += '\n';
    (toStderr ? err : out)(string);
  }

  // A lone string is printed as is, without looking at the stream's colours (as Node does).
  const formatOut = (args) => (args.length === 1 && typeof args[0] === 'string' ? args[0] :
    formatWithOptions(inspectOptionsFor(stream('outStream')), ...args));
  const formatErr = (args) => (args.length === 1 && typeof args[0] === 'string' ? args[0] :
    formatWithOptions(inspectOptionsFor(stream('errStream')), ...args));

  const methods = {
    log(...args) {
      write(false, formatOut(args));
    },
    warn(...args) {
      write(true, formatErr(args));
    },
    dir(object, options) {
      write(false, inspect(object, {
        customInspect: false,
        ...inspectOptionsFor(stream('outStream')),
        ...options,
      }));
    },
    time(label = 'default') {
      label = `${label}`;
      if (timers.has(label)) {
        emitWarning(`Label '${label}' already exists for console.time()`);
        return;
      }
      timers.set(label, now());
    },
    timeEnd(label = 'default') {
      label = `${label}`;
      if (!timeLogImpl('timeEnd', label)) return;
      timers.delete(label);
    },
    timeLog(label = 'default', ...data) {
      label = `${label}`;
      timeLogImpl('timeLog', label, data);
    },
    trace: function trace(...args) {
      const message = formatErr(args);
      const holder = {};
      let stack;
      if (typeof Error.captureStackTrace === 'function') {
        Error.captureStackTrace(holder, trace);
        stack = holder.stack;
      } else {
        stack = new Error().stack;
      }
      let frames = typeof stack === 'string' ?
        stack.split('\n').filter((line) => /^\s+at /.test(line)) : [];
      if (typeof Error.captureStackTrace !== 'function') frames = frames.slice(1);
      const header = message === '' ? 'Trace' : `Trace: ${message}`;
      write(true, frames.length === 0 ? header : `${header}\n${frames.join('\n')}`);
    },
    assert(expression, ...args) {
      if (!expression) {
        if (args.length && typeof args[0] === 'string') {
          args[0] = `Assertion failed: ${args[0]}`;
        } else {
          args.unshift('Assertion failed');
        }
        Reflect.apply(methods.warn, target, args);
      }
    },
    clear() {
      if (stream('outStream') && stream('outStream').isTTY) out('\u001b[1;1H\u001b[0J');
    },
    count(label = 'default') {
      label = `${label}`;
      let count = counts.get(label);
      count = count === undefined ? 1 : count + 1;
      counts.set(label, count);
      methods.log(`${label}: ${count}`);
    },
    countReset(label = 'default') {
      label = `${label}`;
      if (!counts.has(label)) {
        emitWarning(`Count for '${label}' does not exist`);
        return;
      }
      counts.delete(label);
    },
    group(...data) {
      if (data.length > 0) Reflect.apply(methods.log, target, data);
      groupIndent += ' '.repeat(groupIndentation);
    },
    groupEnd() {
      groupIndent = groupIndent.slice(0, groupIndent.length - groupIndentation);
    },
    table(tabularData, properties) {
      if (properties !== undefined) validateArray(properties, 'properties');
      if (tabularData === null || typeof tabularData !== 'object') {
        return methods.log(tabularData);
      }
      const final = (k, v) => methods.log(cliTable(k, v));
      const tableInspect = (v) => {
        const depth = v !== null && typeof v === 'object' && !Array.isArray(v) &&
          Object.keys(v).length > 2 ? -1 : 0;
        return inspect(v, {
          depth, maxArrayLength: 3, breakLength: Infinity, ...inspectOptionsFor(stream('outStream')),
        });
      };
      const indexArray = (length) => Array.from({ length }, (_, i) => tableInspect(i));

      if (types.isMap(tabularData)) {
        const keys = [];
        const values = [];
        for (const [k, v] of tabularData) {
          keys.push(tableInspect(k));
          values.push(tableInspect(v));
        }
        return final(['(iteration index)', 'Key', 'Values'], [indexArray(keys.length), keys, values]);
      }
      if (types.isSet(tabularData)) {
        const values = [];
        for (const v of tabularData) values.push(tableInspect(v));
        return final(['(iteration index)', 'Values'], [indexArray(values.length), values]);
      }

      const map = Object.create(null);
      let hasPrimitives = false;
      const valuesKeyArray = [];
      const indexKeyArray = Object.keys(tabularData);
      for (let i = 0; i < indexKeyArray.length; i++) {
        const item = tabularData[indexKeyArray[i]];
        const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
        if (properties === undefined && primitive) {
          hasPrimitives = true;
          valuesKeyArray[i] = tableInspect(item);
        } else {
          const keys = properties || Object.keys(item);
          for (const key of keys) {
            if (map[key] === undefined) map[key] = [];
            if ((primitive && properties) || !Object.prototype.hasOwnProperty.call(item, key)) {
              map[key][i] = '';
            } else {
              map[key][i] = tableInspect(item[key]);
            }
          }
        }
      }
      const keys = Object.keys(map);
      const values = Object.values(map);
      if (hasPrimitives) {
        keys.push('Values');
        values.push(valuesKeyArray);
      }
      keys.unshift('(index)');
      values.unshift(indexKeyArray);
      return final(keys, values);
    },
  };

  function timeLogImpl(name, label, data) {
    const start = timers.get(label);
    if (start === undefined) {
      emitWarning(`No such label '${label}' for console.${name}()`);
      return false;
    }
    const formatted = formatTime(now() - start);
    if (data === undefined || data.length === 0) methods.log('%s: %s', label, formatted);
    else methods.log('%s: %s', label, formatted, ...data);
    return true;
  }

  methods.info = methods.log;
  methods.debug = methods.log;
  methods.dirxml = methods.log;
  methods.error = methods.warn;
  methods.groupCollapsed = methods.group;

  // Methods work detached (`const { log } = console`), as in Node.
  for (const [name, fn] of Object.entries(methods)) {
    const bound = fn.bind(target);
    Object.defineProperty(bound, 'name', { value: name });
    Object.defineProperty(target, name, {
      value: bound, writable: true, enumerable: true, configurable: true,
    });
  }
  return target;
}

function streamWriter(stream) {
  return (text) => stream.write(text);
}

class Console {
  constructor(options, stderr, ignoreErrors) {
    if (!new.target) return Reflect.construct(Console, [options, stderr, ignoreErrors]);
    if (!options || typeof options.write === 'function') {
      options = { stdout: options, stderr, ignoreErrors };
    }
    const { stdout, inspectOptions, groupIndentation = 2, colorMode = 'auto' } = options;
    const errStream = options.stderr || stdout;
    if (!stdout || typeof stdout.write !== 'function') {
      throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stdout');
    }
    if (!errStream || typeof errStream.write !== 'function') {
      throw new codes.ERR_CONSOLE_WRITABLE_STREAM('stderr');
    }
    validateInteger(groupIndentation, 'groupIndentation', 0, 1000);
    createConsole(this, {
      out: streamWriter(stdout),
      err: streamWriter(errStream),
      outStream: stdout,
      errStream,
      inspectOptions,
      groupIndentation,
      colorMode,
    });
  }
}

const proc = processObject();
// Like Node's global console, write through process.stdout/stderr with a completion callback:
// that creates the stream's handle resource on first use and one afterWrite TickObject per batch
// of synchronous writes, which async_hooks users see in Node too.
function onWriteDone() {}
const globalConsole = createConsole({}, {
  out: (text) => (proc ? proc.stdout.write(text, onWriteDone) : stdio.writeSync(1, text)),
  err: (text) => (proc ? proc.stderr.write(text, onWriteDone) : stdio.writeSync(2, text)),
  get outStream() { return proc && proc.stdout; },
  get errStream() { return proc && proc.stderr; },
});
globalConsole.Console = Console;

module.exports = globalConsole;
