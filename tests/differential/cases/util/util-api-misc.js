// util: promisify (custom, multiple values, this, DEP0174), callbackify (falsy rejection),
// inherits, deprecate (once per code), debuglog.enabled, toUSVString,
// stripVTControlCharacters, diff, getSystemErrorName/Message/Map, parseEnv,
// convertProcessSignalToExitCode, markPromiseAsHandled, aborted, isArray/_extend
// deprecations, the module's export list.
'use strict';
const util = require('util');
const show = (label, fn) => {
  try { console.log(label, fn()); } catch (e) { console.log(label, e.name, e.code, e.message); }
};

function cbFn(a, b, cb) { setTimeout(() => cb(null, a + b), 1); }
const p = util.promisify(cbFn);
console.log(p.name, p.length, typeof p[util.promisify.custom], util.promisify.custom.toString());
function withCustom() {}
withCustom[util.promisify.custom] = () => 'custom!';
console.log(util.promisify(withCustom)(), util.promisify(withCustom) === withCustom[util.promisify.custom]);
show('promisify 5', () => util.promisify(5));
show('promisify bad custom', () => { const f = () => {}; f[util.promisify.custom] = 5; util.promisify(f); });
console.log(util.promisify(p) === p);
p(1, 2).then((v) => console.log('promisified', v));
function multi(cb) { cb(null, 1, 2); }
util.promisify(multi)().then((v) => console.log('multi', v));
function errFirst(cb) { cb(new Error('x')); }
util.promisify(errFirst)().catch((e) => console.log('rej', e.message));
function falsyErr(cb) { cb(0, 'v'); }
util.promisify(falsyErr)().then((v) => console.log('falsy err ok', v));
const obj = { v: 7, m(cb) { cb(null, this.v); } };
obj.pm = util.promisify(obj.m);
obj.pm().then((v) => console.log('this', v));
function withProps(cb) { cb(null); }
withProps.extra = 1;
console.log(util.promisify(withProps).extra);

async function af(x) { if (x === 1) throw null; if (x === 2) throw new Error('e'); return x * 2; }
const cbf = util.callbackify(af);
console.log(cbf.name, cbf.length);
cbf(3, (err, v) => console.log('cb', err, v));
cbf(1, (err) => console.log('cb null', err.name, err.code, err.message, err.reason));
cbf(2, (err) => console.log('cb err', err.message));
show('callbackify 5', () => util.callbackify(5));
show('callbackified no cb', () => cbf(1));

function A() {}
A.prototype.hi = function () { return 'hi'; };
function B() {}
util.inherits(B, A);
console.log(new B().hi(), B.super_ === A, Object.getOwnPropertyDescriptor(B, 'super_'));
for (const args of [[null, A], [B, null], [B, {}], [B, Object.create(null)]]) {
  show('inherits', () => util.inherits(...args));
}

const d = util.deprecate(function old(x) { return x + 1; }, 'old() is old', 'DEP_X');
console.log(d.name, d.length, d(1), d(2));
util.deprecate(() => 5, 'same code', 'DEP_X')();
const d3 = util.deprecate(() => 6, 'no code');
d3();
d3();
show('deprecate code 5', () => util.deprecate(() => {}, 'm', 5));
class K { constructor(v) { this.v = v; } }
const DK = util.deprecate(K, 'K is old', 'DEP_K');
console.log(new DK(3).v, new DK(3) instanceof K);

console.log(util.debuglog('nothere').enabled, util.debug === util.debuglog);
console.log(util.toUSVString('a\ud800b\udc00c\ud83d\ude00'), util.stripVTControlCharacters('\u001b[31mred\u001b[39m \u001b]8;;http://x\u0007link\u001b]8;;\u0007'));
show('strip 5', () => util.stripVTControlCharacters(5));
console.log(util.diff('', ''), util.diff('abc', 'abd'), util.diff(['1', '2', '3'], ['1', '3']));
show('diff 1', () => util.diff(1, 'a'));
show('diff [1]', () => util.diff([1], 'a'));

console.log(util.getSystemErrorName(-2), util.getSystemErrorMessage(-13), util.getSystemErrorName(-98));
console.log(util.getSystemErrorMap().get(-2), util.getSystemErrorMap().size, [...util.getSystemErrorMap().keys()].slice(0, 5));
for (const v of [-9999, 0, 1, 'x', 1.5, -1.5]) show(`errname ${v}`, () => util.getSystemErrorName(v));

console.log(util.parseEnv('A=1\n B = 2 \nC="multi\nline"\nD=\'x\'#c\nE=`t`\nF=v # comment\nG="q"  # c\nexport H=1\nI\n=J\nK="esc\\nn"\nL=\'esc\\nn\'\n#M=1\nN=\n'));
show('parseEnv 5', () => util.parseEnv(5));
console.log(util.convertProcessSignalToExitCode('SIGINT'), util.convertProcessSignalToExitCode('SIGKILL'));
show('signal NOPE', () => util.convertProcessSignalToExitCode('NOPE'));
show('markPromiseAsHandled 5', () => util.markPromiseAsHandled(5));
console.log(util.markPromiseAsHandled(Promise.resolve()));

const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => {
  console.log('aborted resolved');
  return util.aborted(AbortSignal.abort(), {});
}).then(() => console.log('already aborted'))
  .then(() => util.aborted({}, {}))
  .catch((e) => console.log('aborted bad', e.name, e.code, e.message));
setTimeout(() => ac.abort(), 5);

console.log(util.isArray([]), util.isArray({}), util._extend({ a: 1 }, { b: 2 }), util._extend({ a: 1 }, null));
console.log(typeof util.TextEncoder, typeof util.TextDecoder, util.TextEncoder === TextEncoder);
const expected = ['_extend', 'callbackify', 'debug', 'debuglog', 'deprecate', 'format',
  'styleText', 'formatWithOptions', 'getCallSites', 'getSystemErrorMap', 'getSystemErrorName',
  'getSystemErrorMessage', 'inherits', 'inspect', 'isArray', 'isDeepStrictEqual',
  'markPromiseAsHandled', 'promisify', 'stripVTControlCharacters', 'toUSVString',
  'transferableAbortSignal', 'transferableAbortController', 'aborted', 'types', 'parseEnv',
  'parseArgs', 'TextDecoder', 'TextEncoder', 'diff'];
console.log(expected.filter((k) => !(k in util)));
console.log(Object.keys(util.types).filter((k) => k !== 'isKeyObject' && k !== 'isCryptoKey').join(' '));

const dm = util.deprecate(function f(a, b) {}, 'not modified', 'DEP_A', { modifyPrototype: false });
console.log(dm.length, Object.getPrototypeOf(dm) === Function.prototype, dm.prototype === undefined);
const dl = util.deprecate(function g(a, b) {}, 'm2', 'DEP_B');
console.log(dl.length, Object.getOwnPropertyDescriptor(dl, 'length'));
process.noDeprecation = true;
dm();
process.noDeprecation = false;
dm();
