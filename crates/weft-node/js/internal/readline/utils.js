// Small readline helpers (after Node's lib/internal/readline/utils.js): the CSI
// template tag for ANSI control sequences and the clear codes.
'use strict';

const kEscape = '\x1b';

// CSI`${n}G` -> '\x1b[<n>G'
function CSI(strings, ...args) {
  let ret = `${kEscape}[`;
  for (let n = 0; n < strings.length; n++) {
    ret += strings[n];
    if (n < args.length) ret += args[n];
  }
  return ret;
}

CSI.kEscape = kEscape;
CSI.kClearToLineBeginning = CSI`1K`;
CSI.kClearToLineEnd = CSI`0K`;
CSI.kClearLine = CSI`2K`;
CSI.kClearScreenDown = CSI`0J`;

module.exports = { CSI, kEscape };
