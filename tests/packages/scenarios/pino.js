// pino 10.4.0 writing JSON lines to stdout (through sonic-boom and fs.write/fs.writeSync on
// fd 1): levels and filtering, the base bindings, printf-style messages, child loggers with
// their own bindings and level, the standard error serializer (type/message/stack, also under
// `err`), custom serializers and redaction, formatters, a synchronous pino.destination, and the
// asynchronous default destination flushed at exit. The logger runs in a child process (this
// file with the argument `child`); the parent compares its stdout, without the `time`, `pid`
// and `hostname` fields, with the lines Node 26 prints.
'use strict';

const { check, equal, requireFixture, mustFinish } = require('../../packages/common.js');

if (process.argv[2] === 'child') {
  const pino = requireFixture('pino');
  const dest = pino.destination({ dest: 1, sync: true });
  const logger = pino({ level: 'debug', base: { app: 'weft' } }, dest);
  logger.info('hello');
  logger.debug({ user: { id: 7, name: 'ann' } }, 'user %s logged in (%d) %o', 'ann', 3, { k: [1] });
  logger.trace('below the level: not written');
  const child = logger.child({ reqId: 'r-1' }, { level: 'warn' });
  child.info('below the child level: not written');
  child.warn({ extra: [1, 2] }, 'from child');
  child.child({ span: 2 }).error('grandchild');
  logger.error(new TypeError('bad thing'));
  logger.fatal({ err: new RangeError('worse') }, 'fatal with err');
  logger.level = 'error';
  logger.warn('after raising the level: not written');
  logger.error({ levelValue: logger.levelVal, isLevelEnabled: logger.isLevelEnabled('warn') }, 'level');
  const custom = pino({
    base: undefined,
    timestamp: pino.stdTimeFunctions.epochTime && false,
    messageKey: 'message',
    formatters: { level: (label, number) => ({ severity: label.toUpperCase(), number }) },
    serializers: { user: (u) => ({ id: u.id }) },
    redact: { paths: ['secret', 'nested.password'], censor: '[hidden]' },
  }, dest);
  custom.info({ user: { id: 1, name: 'x' }, secret: 's', nested: { password: 'p', ok: true } }, 'custom');
  custom.info('%s and %j', 'string', { json: true });
  // The default destination: asynchronous sonic-boom on stdout, flushed when the process exits.
  const asyncLogger = pino().child({ dest: 'default' });
  asyncLogger.info('async one');
  asyncLogger.info('async two');
  return;
}

const done = mustFinish('pino');
const { spawnSync } = require('node:child_process');
const result = spawnSync(process.execPath, [__filename, 'child'], { encoding: 'utf8' });
equal('the child exits with status 0 and writes nothing to stderr', [result.status, result.stderr], [0, '']);

const lines = result.stdout.split('\n');
equal('the output ends with a newline', lines.pop(), '');
const records = [];
for (const line of lines) {
  let rec;
  try {
    rec = JSON.parse(line);
  } catch (err) {
    check(`line is JSON: ${line}`, false, err.message);
    continue;
  }
  check(`a time field where Node writes one (${rec.msg || rec.message})`, !('time' in rec) || Number.isInteger(rec.time));
  delete rec.time;
  if (rec.dest === 'default') {
    equal(`the default base bindings: pid and hostname (${rec.msg})`, [rec.pid, rec.hostname], [result.pid, require('node:os').hostname()]);
  }
  delete rec.pid;
  delete rec.hostname;
  if (rec.err) {
    check(`err.stack is a string naming this file (${rec.msg})`, typeof rec.err.stack === 'string' && rec.err.stack.includes(__filename));
    delete rec.err.stack;
  }
  records.push(rec);
}
// The two lines of the asynchronous default destination are compared as a set: Node gives no
// ordering between an asynchronous fs.write and later synchronous writes to the same fd.
const isAsync = (rec) => rec.dest === 'default';
equal('the records written synchronously, in order', records.filter((r) => !isAsync(r)), [
  { level: 30, app: 'weft', msg: 'hello' },
  { level: 20, app: 'weft', user: { id: 7, name: 'ann' }, msg: "user ann logged in (3) {\"k\":[1]}" },
  { level: 40, app: 'weft', reqId: 'r-1', extra: [1, 2], msg: 'from child' },
  { level: 50, app: 'weft', reqId: 'r-1', span: 2, msg: 'grandchild' },
  { level: 50, app: 'weft', err: { type: 'TypeError', message: 'bad thing' }, msg: 'bad thing' },
  { level: 60, app: 'weft', err: { type: 'RangeError', message: 'worse' }, msg: 'fatal with err' },
  { level: 50, app: 'weft', levelValue: 50, isLevelEnabled: false, msg: 'level' },
  { severity: 'INFO', number: 30, user: { id: 1 }, secret: '[hidden]', nested: { password: '[hidden]', ok: true }, message: 'custom' },
  { severity: 'INFO', number: 30, message: 'string and {"json":true}' },
]);
equal('the records of the default destination', records.filter(isAsync).sort((a, b) => (a.msg < b.msg ? -1 : 1)), [
  { level: 30, dest: 'default', msg: 'async one' },
  { level: 30, dest: 'default', msg: 'async two' },
]);
done();
