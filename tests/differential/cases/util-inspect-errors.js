// util.inspect of errors (fixed stacks so engines agree): header rewriting for
// subclasses and renamed errors, bracketed errors without frames, extra own
// properties, [cause] and [errors], nesting indentation; and Node error codes raised
// by util itself (name, code, message, toString).
'use strict';
const util = require('util');
const show = (v, o) => console.log(util.inspect(v, o));
function fixed(Ctor, msg, frames = ['    at f (/x/a.js:1:1)', '    at g (/x/b.js:2:2)']) {
  const e = new Ctor(msg);
  e.stack = `${e.name}${msg ? `: ${msg}` : ''}${frames.length ? '\n' : ''}${frames.join('\n')}`;
  return e;
}
class MyErr extends Error {}
class NamedErr extends Error { constructor(m) { super(m); this.name = 'NamedErr'; } }
show(fixed(Error, 'boom')); show(fixed(TypeError, 'bad')); show(fixed(Error, 'alone', []));
show(fixed(Error, '')); show({ e: fixed(Error, 'm') }); show([fixed(RangeError, 'r')]);
show(Object.assign(fixed(Error, 'm'), { x: { y: 1 }, code: 'E_X' }));
const withCause = fixed(TypeError, 't'); withCause.cause = 'str'; show(withCause);
const outer = new Error('w', { cause: fixed(RangeError, 'inner') }); outer.stack = 'Error: w\n    at o (x.js:1:1)'; show(outer);
const agg = new AggregateError([fixed(Error, 'a1', [])], 'agg'); agg.stack = 'AggregateError: agg\n    at c (x.js:3:3)'; show(agg);
const custom = new Error('m'); custom.stack = 'nope'; show(custom);
const noStack = new Error('m'); noStack.stack = undefined; show(noStack);
const renamed = fixed(RangeError, 'r', []); renamed.name = 'Weird'; show(renamed);
const sub = new MyErr('my'); sub.stack = 'Error: my\n    at q (x.js:1:1)'; show(sub);
const named = new NamedErr('n'); named.stack = 'NamedErr: n\n    at q (x.js:1:1)'; show(named);
const nullProto = new Error('m'); nullProto.stack = 'Error: m\n    at z (x.js:1:1)'; Object.setPrototypeOf(nullProto, null); show(nullProto);
show(Object.create(Error.prototype));
show({ a: { b: fixed(Error, 'x') } });
show({ a: { e: fixed(Error, 'deep') } }, { depth: 0 });
const otherName = fixed(Error, 'm'); otherName.name = 'Other'; show(otherName);

function report(fn) {
  try {
    fn();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, JSON.stringify(e.message));
    console.log(String(e), Object.keys(e), e instanceof TypeError, e.constructor === TypeError);
  }
}
report(() => util.promisify(5));
report(() => util.callbackify('x'));
report(() => util.inherits(null, Object));
report(() => util.inherits(function () {}, undefined));
report(() => util.inherits(function () {}, Object.create(null)));
report(() => util.deprecate(() => {}, 'msg', 42));
report(() => { util.inspect.defaultOptions = null; });
report(() => util.formatWithOptions(null, 'x'));
report(() => util.formatWithOptions('str', 'x'));
report(() => util.callbackify(async () => 1)(1));
report(() => util.stripVTControlCharacters(5));
report(() => util.promisify({ [util.promisify.custom]: 1 }));
