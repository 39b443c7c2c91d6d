// util.parseArgs (mirrors Node 26's lib/internal/util/parse_args/parse_args.js): command
// line arguments split into tokens (options in `--long`, `--long=value`, `-s`, `-svalue`
// and grouped `-abc` forms, positionals, the `--` terminator), then checked against the
// option definitions (`type`, `short`, `multiple`, `default`) in strict mode and stored in
// a null-prototype `values` object. `allowNegative` turns `--no-flag` into `flag: false`.
'use strict';

const { codes } = require('internal/errors');
const {
  validateArray, validateBoolean, validateObject, validateString, validateStringArray,
} = require('internal/validators');

const {
  ERR_INVALID_ARG_TYPE,
  ERR_INVALID_ARG_VALUE,
  ERR_PARSE_ARGS_INVALID_OPTION_VALUE,
  ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL,
  ERR_PARSE_ARGS_UNKNOWN_OPTION,
} = codes;

const hasOwn = (o, k) => Object.prototype.hasOwnProperty.call(o, k);

// An option's setting, ignoring inherited properties.
function setting(options, name, key) {
  if (!hasOwn(options, name)) return undefined;
  const config = options[name];
  return hasOwn(config, key) ? config[key] : undefined;
}

function longForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (setting(options, name, 'short') === short) return name;
  }
  return short;
}

const isLoneShort = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isLoneLong = (arg) => arg.length > 2 && arg.startsWith('--') && !arg.includes('=', 3);
const isLongWithValue = (arg) => arg.length > 2 && arg.startsWith('--') && arg.includes('=', 3);
const startsShort = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
const isOptionLike = (value) => value != null && value.length > 1 && value[0] === '-';

function tokenize(args, options, allowNegative) {
  const tokens = [];
  const queue = args.map((arg, index) => ({ arg, index }));
  const negatable = (name) => allowNegative && name.startsWith('no-') &&
    setting(options, name.slice(3), 'type') !== 'string';
  while (queue.length > 0) {
    const { arg, index } = queue.shift();
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of queue) tokens.push({ kind: 'positional', index: rest.index, value: rest.arg });
      break;
    }
    if (isLoneShort(arg)) {
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (setting(options, name, 'type') === 'string' && queue.length > 0) {
        value = queue.shift().arg;
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      continue;
    }
    if (startsShort(arg)) {
      const first = longForShort(arg[1], options);
      if (setting(options, first, 'type') === 'string') {
        // `-fvalue`: a string option with its value attached.
        tokens.push({
          kind: 'option', name: first, rawName: `-${arg[1]}`, index,
          value: arg.slice(2), inlineValue: true,
        });
        continue;
      }
      // `-abc`: a group of short options; a string option takes the rest as its value.
      const expanded = [];
      for (let i = 1; i < arg.length; i++) {
        const name = longForShort(arg[i], options);
        if (setting(options, name, 'type') !== 'string' || i === arg.length - 1) {
          expanded.push({ arg: `-${arg[i]}`, index });
        } else {
          expanded.push({ arg: `-${arg[i]}${arg.slice(i + 1)}`, index });
          break;
        }
      }
      queue.unshift(...expanded);
      continue;
    }
    if (isLoneLong(arg)) {
      let name = arg.slice(2);
      if (negatable(name)) name = name.slice(3);
      let value;
      let inlineValue;
      if (setting(options, name, 'type') === 'string' && queue.length > 0) {
        value = queue.shift().arg;
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      continue;
    }
    if (isLongWithValue(arg)) {
      const eq = arg.indexOf('=');
      let name = arg.slice(2, eq);
      if (negatable(name)) name = name.slice(3);
      tokens.push({
        kind: 'option', name, rawName: arg.slice(0, eq), index,
        value: arg.slice(eq + 1), inlineValue: true,
      });
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function checkToken(token, options, allowPositionals) {
  const { name, rawName, value, inlineValue } = token;
  if (!hasOwn(options, name)) {
    throw new ERR_PARSE_ARGS_UNKNOWN_OPTION(rawName, allowPositionals);
  }
  const short = setting(options, name, 'short');
  const label = short ? `-${short}, --${name}` : `--${name}`;
  const type = setting(options, name, 'type');
  if (type === 'string' && typeof value !== 'string') {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label} <value>' argument missing`);
  }
  if (type === 'boolean' && value != null) {
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(`Option '${label}' does not take an argument`);
  }
  if (type === 'string' && !inlineValue && isOptionLike(value)) {
    const example = rawName.startsWith('--') ? `'--${name}=-XYZ'` :
      `'--${name}=-XYZ' or '${rawName}-XYZ'`;
    throw new ERR_PARSE_ARGS_INVALID_OPTION_VALUE(
      `Option '${rawName}' argument is ambiguous.\n` +
      `Did you forget to specify the option argument for '${rawName}'?\n` +
      `To specify an option argument starting with a dash use ${example}.`);
  }
}

function store(values, options, name, value) {
  if (name === '__proto__') return;
  const stored = value === undefined ? true : value;
  if (setting(options, name, 'multiple')) {
    if (values[name] === undefined) values[name] = [stored];
    else values[name].push(stored);
  } else {
    values[name] = stored;
  }
}

function validateBooleanArray(value, name) {
  validateArray(value, name);
  for (let i = 0; i < value.length; i++) validateBoolean(value[i], `${name}[${i}]`);
}

function validateOptions(options) {
  validateObject(options, 'options');
  for (const [name, config] of Object.entries(options)) {
    validateObject(config, `options.${name}`);
    const type = setting(options, name, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw new ERR_INVALID_ARG_TYPE(`options.${name}.type`, "('string|boolean')", type);
    }
    if (hasOwn(config, 'short')) {
      const short = config.short;
      validateString(short, `options.${name}.short`);
      if (short.length !== 1) {
        throw new ERR_INVALID_ARG_VALUE(`options.${name}.short`, short, 'must be a single character');
      }
    }
    const multiple = setting(options, name, 'multiple');
    if (hasOwn(config, 'multiple')) validateBoolean(multiple, `options.${name}.multiple`);
    if (hasOwn(config, 'default')) {
      const value = config.default;
      const label = `options.${name}.default`;
      if (type === 'string') {
        if (multiple) validateStringArray(value, label);
        else validateString(value, label);
      } else if (multiple) {
        validateBooleanArray(value, label);
      } else {
        validateBoolean(value, label);
      }
    }
  }
}

function defaultArgs() {
  const proc = typeof process === 'object' && process !== null ? process : undefined;
  if (!proc || !Array.isArray(proc.argv)) return [];
  // `node -e`/`-p` have no script name in argv.
  const execArgv = proc.execArgv || [];
  const evaluating = execArgv.some((a) => a === '-e' || a === '--eval' || a === '-p' ||
    a === '--print' || a.startsWith('--eval=') || a.startsWith('--print='));
  return proc.argv.slice(evaluating ? 1 : 2);
}

function parseArgs(config = {}) {
  validateObject(config, 'config');
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateOptions(options);

  const tokens = tokenize(args, options, allowNegative);
  const values = { __proto__: null };
  const positionals = [];
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkToken(token, options, allowPositionals);
      const negated = allowNegative && token.rawName === `--no-${token.name}`;
      store(values, options, token.name, negated ? false : token.value);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) throw new ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL(token.value);
      positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    const fallback = setting(options, name, 'default');
    if (fallback !== undefined && values[name] === undefined) values[name] = fallback;
  }
  const result = { values, positionals };
  if (returnTokens) result.tokens = tokens;
  return result;
}

module.exports = { parseArgs };
