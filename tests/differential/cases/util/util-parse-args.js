// util.parseArgs: long/short/grouped options, inline values, multiple, defaults, tokens,
// positionals and the terminator, allowNegative, strict-mode errors and option validation.
'use strict';
const { parseArgs, inspect } = require('util');

const show = (label, cfg) => {
  try {
    console.log(label, inspect(parseArgs(cfg), { depth: 5, breakLength: Infinity }));
  } catch (e) {
    console.log(label, e.name, e.code, JSON.stringify(e.message));
  }
};
const opts = {
  verbose: { type: 'boolean', short: 'v' },
  name: { type: 'string', short: 'n' },
  tag: { type: 'string', short: 't', multiple: true },
  level: { type: 'string', default: 'info' },
  flag: { type: 'boolean', multiple: true, default: [false] },
};
show(1, { args: ['-v', '--name', 'x', '-t', 'a', '--tag=b', '-tc'], options: opts });
show(2, { args: ['-vn', 'bob'], options: opts, tokens: true });
show(3, { args: ['-nbob'], options: opts, tokens: true });
show(4, { args: ['--name=', '--level=debug'], options: opts });
show(5, { args: ['--flag', '--flag'], options: opts });
show(6, { args: ['pos'], options: opts });
show(7, { args: ['pos', '--', '--verbose'], options: opts, allowPositionals: true, tokens: true });
show(8, { args: ['-x'], options: opts });
show(9, { args: ['-x'], options: opts, allowPositionals: true });
show(10, { args: ['--unknown=1', '-abc', 'rest'], strict: false, tokens: true });
show(11, { args: ['--name'], options: opts });
show(12, { args: ['--verbose=yes'], options: opts });
show(13, { args: ['-n', '--verbose'], options: opts });
show(14, { args: ['--name', '-v'], options: opts });
show(15, { args: ['--no-verbose', '--verbose', '--no-verbose'], options: opts, allowNegative: true, tokens: true });
show(16, { args: ['--no-name'], options: opts, allowNegative: true });
show(17, { args: ['--no-x'], options: opts, allowNegative: true, strict: false });
show(18, { args: ['--no-verbose=1'], options: opts, allowNegative: true });
show(19, { args: ['-'], allowPositionals: true });
show(20, { args: ['--__proto__', 'x', '--constructor'], strict: false });
show(21, { options: { foo: { type: 'number' } } });
show(22, { options: { foo: { type: 'string', short: 'ab' } } });
show(23, { options: { foo: { type: 'string', default: 1 } } });
show(24, { options: { foo: { type: 'string', multiple: true, default: [1] } } });
show(25, { options: { foo: { type: 'boolean', default: 'x' } } });
show(26, { options: { foo: { type: 'boolean', multiple: 1 } } });
show(27, { options: { foo: 5 } });
show(28, { args: 'x' });
show(29, { strict: 'x' });
show(30, { allowPositionals: 1 });
show(31, { tokens: 1 });
show(32, { allowNegative: 1 });
show(33, { options: 5 });
show(34, { args: [], options: { foo: { type: 'boolean', multiple: true, default: [true] } } });
show(35, { args: ['--foo=bar', '--foo', 'baz'], options: { foo: { type: 'string', multiple: true } } });
show(36, { args: ['-v', '-v'], options: { v: { type: 'boolean' } }, tokens: true });
show(37, { args: [], options: { s: { type: 'string', default: '' } } });
console.log(Object.getPrototypeOf(parseArgs({ args: [] }).values), parseArgs.name);
