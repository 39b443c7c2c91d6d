// util.styleText: single and array formats, 'none', nested styled text, aliases, the
// validateStream/stream options and colour decisions (non-TTY stdout, FORCE_COLOR),
// invalid formats/text/stream errors.
'use strict';
const util = require('util');
const j = (s) => console.log(JSON.stringify(s));
const raw = { validateStream: false };

j(util.styleText('red', 'hi'));
j(util.styleText('red', 'hi', raw));
j(util.styleText(['bold', 'red'], 'hi', raw));
j(util.styleText(['bold', 'none', 'underline'], 'hi', raw));
j(util.styleText('red', 'a' + util.styleText('blue', 'b', raw) + 'c', raw));
j(util.styleText('bold', 'a' + util.styleText('dim', 'b', raw) + 'c', raw));
j(util.styleText(['red', 'bold'], 'a' + util.styleText(['blue', 'dim'], 'b', raw) + 'c', raw));
j(util.styleText('underline', 'a' + util.styleText('underline', 'b', raw) + 'c', raw));
j(util.styleText('bgRed', 'a' + util.styleText('bgBlue', 'b', raw) + 'c', raw));
j(util.styleText('red', 'a\u001b[39mb\u001b[39m', raw));
j(util.styleText('italic', 'a\u001b[23mb', raw));
j(util.styleText('reset', 'a\u001b[0mb', raw));
for (const f of ['bgRed', 'gray', 'grey', 'none', 'hidden', 'inverse', 'strikethrough',
  'doubleunderline', 'framed', 'overlined', 'blink', 'faint', 'crossedOut', 'swapColors',
  'conceal', 'bgBlackBright', 'magentaBright']) {
  j(`${f}: ${util.styleText(f, 'x', raw)}`);
}
j(util.styleText('italic', '', raw));
j(util.styleText('red', 'x', { stream: process.stderr }));
process.env.FORCE_COLOR = '1';
j(util.styleText('red', 'forced'));
process.env.FORCE_COLOR = '0';
j(util.styleText('red', 'forced off'));
delete process.env.FORCE_COLOR;
for (const f of [
  () => util.styleText('nope', 'x'),
  () => util.styleText(['red', 'nope'], 'x'),
  () => util.styleText('red', 5),
  () => util.styleText(5, 'x'),
  () => util.styleText('red', 'x', { stream: {} }),
  () => util.styleText('red', 'x', { validateStream: 1 }),
]) {
  try { j(f()); } catch (e) { console.log(e.name, e.code, e.message); }
}
