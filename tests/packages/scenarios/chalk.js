// chalk 6.0.1, an ES-module-only package loaded with require() (require(esm): the namespace
// with __esModule, default export and named exports): styles at color levels 0 to 3 (explicit
// Chalk instances, so the result does not depend on the terminal), chaining, nesting, multi-line
// strings, rgb/hex/ansi256 down-sampling.
'use strict';

const { equal, requireFixture, mustFinish } = require('../../packages/common.js');

const done = mustFinish('chalk');
const r = {};

const chalkModule = requireFixture('chalk');
const { Chalk, supportsColor, modifierNames, foregroundColorNames } = chalkModule;
const chalk = chalkModule.default;
const off = new Chalk({ level: 0 });
const basic = new Chalk({ level: 1 });
const c256 = new Chalk({ level: 2 });
const truecolor = new Chalk({ level: 3 });
r['loaded through require(esm)'] = [typeof chalk, '__esModule' in chalkModule, typeof Chalk];
r['level 0 (colors off)'] = [off.red('red'), off.bold.underline('both'), off.rgb(1, 2, 3)('rgb'), off.hex('#ff0000').bgBlue('hex')];
r['level 1'] = [basic.red('red'), basic.bold.underline('both'), basic.bgGreen.black('bg'), basic.rgb(255, 0, 0)('rgb down to 16'), basic.red(`a ${basic.blue('nested')} b`), basic.green('multi\nline')];
r['level 2'] = [c256.hex('#ff8800')('hex 256'), c256.ansi256(201)('ansi256'), c256.bgAnsi256(22)('bg')];
r['level 3'] = [truecolor.rgb(10, 20, 30)('rgb'), truecolor.bgHex('#0a141e')('bgHex'), truecolor.visible('visible')];
r['names'] = [modifierNames.length, foregroundColorNames.slice(0, 4)];
r['template-ish'] = basic.bold('a', 'b', 3, { x: 1 });
r['supportsColor type'] = supportsColor === false || typeof supportsColor === 'object';

// Expected: what Node 26.10.0 gives for each key of r.
const expected = {
  "loaded through require(esm)": [
    "function",
    true,
    "function"
  ],
  "level 0 (colors off)": [
    "red",
    "both",
    "rgb",
    "hex"
  ],
  "level 1": [
    "\u001b[31mred\u001b[39m",
    "\u001b[1m\u001b[4mboth\u001b[24m\u001b[22m",
    "\u001b[42m\u001b[30mbg\u001b[39m\u001b[49m",
    "\u001b[91mrgb down to 16\u001b[39m",
    "\u001b[31ma \u001b[34mnested\u001b[39m\u001b[31m b\u001b[39m",
    "\u001b[32mmulti\u001b[39m\n\u001b[32mline\u001b[39m"
  ],
  "level 2": [
    "\u001b[38;5;214mhex 256\u001b[39m",
    "\u001b[38;5;201mansi256\u001b[39m",
    "\u001b[48;5;22mbg\u001b[49m"
  ],
  "level 3": [
    "\u001b[38;2;10;20;30mrgb\u001b[39m",
    "\u001b[48;2;10;20;30mbgHex\u001b[49m",
    "visible"
  ],
  "names": [
    13,
    [
      "black",
      "red",
      "green",
      "yellow"
    ]
  ],
  "template-ish": "\u001b[1ma b 3 [object Object]\u001b[22m",
  "supportsColor type": true
};

function finish() {
  equal('the same checks as under Node', Object.keys(r), Object.keys(expected));
  for (const key of Object.keys(expected)) equal(key, r[key], expected[key]);
  done();
}
finish();
