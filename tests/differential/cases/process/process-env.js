// process.env: values become strings on set (numbers, objects, undefined, bigint), a Symbol
// value throws, delete removes, `in`/hasOwnProperty, defineProperty accepts only plain
// enumerable writable configurable data descriptors (ERR_INVALID_OBJECT_DEFINE_PROPERTY), and
// children inherit what was set.
'use strict';
const { execFileSync } = require('child_process');
function t(label, f) {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, 'THROW', e.name, e.code, e.message);
  }
}
t('number', () => { process.env.WEFT_T1 = 1; return [process.env.WEFT_T1, typeof process.env.WEFT_T1]; });
t('undefined', () => { process.env.WEFT_T1 = undefined; return process.env.WEFT_T1; });
t('object', () => { process.env.WEFT_T1 = {}; return process.env.WEFT_T1; });
t('array', () => { process.env.WEFT_T1 = [1, 2]; return process.env.WEFT_T1; });
t('bigint', () => { process.env.WEFT_T1 = 10n; return process.env.WEFT_T1; });
t('null', () => { process.env.WEFT_T1 = null; return process.env.WEFT_T1; });
t('symbol', () => { process.env.WEFT_T1 = Symbol('s'); });
t('in', () => ['WEFT_T1' in process.env, Object.prototype.hasOwnProperty.call(process.env, 'WEFT_T1')]);
t('delete', () => { const r = delete process.env.WEFT_T1; return [r, 'WEFT_T1' in process.env, process.env.WEFT_T1 === undefined]; });
t('delete missing', () => delete process.env.WEFT_NOT_THERE);
t('keys are strings', () => Object.keys(process.env).every((k) => typeof process.env[k] === 'string'));
t('accessor', () => Object.defineProperty(process.env, 'WEFT_T2', { get() { return 'x'; } }));
t('non-enumerable', () => Object.defineProperty(process.env, 'WEFT_T2', { value: 'x', enumerable: false }));
t('full descriptor', () => {
  Object.defineProperty(process.env, 'WEFT_T2', { value: 7, enumerable: true, writable: true, configurable: true });
  return [process.env.WEFT_T2, typeof process.env.WEFT_T2];
});
t('toString tag', () => Object.prototype.toString.call(process.env));
process.env.WEFT_INHERITED = 'from parent';
delete process.env.WEFT_T2;
t('child sees', () => execFileSync(process.execPath, ['-e',
  'process.stdout.write(JSON.stringify([process.env.WEFT_INHERITED, process.env.WEFT_T2]))']).toString());
