// The line diff of assertion messages (mirrors Node's lib/internal/assert/myers_diff.js):
// Eugene Myers' O(ND) shortest edit script between the inspected lines of `actual` and
// `expected`, printed as `+ actual` / `- expected` / `  same` lines with long runs of
// unchanged lines collapsed to five leading lines, `...` and the line before the next change.
'use strict';

const colors = require('internal/util/colors');

const INSERT = 1; // a line only in `actual`
const DELETE = -1; // a line only in `expected`
const KEEP = 0;

// Inspected objects differ in a trailing comma when a line is the last one of its block
// on one side only; such lines count as the same line.
function sameLine(a, b, commaTolerant) {
  if (a === b) return true;
  return commaTolerant && (`${a},` === b || a === `${b},`);
}

// The edit script as [operation, line] pairs in reading order.
function myersDiff(actual, expected, commaTolerant = false) {
  const n = actual.length;
  const m = expected.length;
  const offset = n + m;
  // furthest[k + offset]: the furthest x reached on diagonal k (k = x - y).
  const furthest = new Int32Array(2 * offset + 2);
  const history = [];
  let found = false;
  for (let d = 0; d <= offset && !found; d++) {
    history.push(furthest.slice());
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && furthest[offset + k - 1] < furthest[offset + k + 1]);
      let x = down ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && sameLine(actual[x], expected[y], commaTolerant)) {
        x++;
        y++;
      }
      furthest[offset + k] = x;
      if (x >= n && y >= m) {
        found = true;
        break;
      }
    }
  }

  // Walk the recorded fronts back from the end to recover the path.
  const reversed = [];
  let x = n;
  let y = m;
  for (let d = history.length - 1; d >= 0; d--) {
    const front = history[d];
    const k = x - y;
    const down = k === -d || (k !== d && front[offset + k - 1] < front[offset + k + 1]);
    const prevK = down ? k + 1 : k - 1;
    const prevX = front[offset + prevK];
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      const line = actual[x - 1];
      // Of two lines equal up to a comma, keep the one with it.
      reversed.push([KEEP, commaTolerant && !line.endsWith(',') ? expected[y - 1] : line]);
      x--;
      y--;
    }
    if (d > 0) {
      if (x > prevX) reversed.push([INSERT, actual[--x]]);
      else reversed.push([DELETE, expected[--y]]);
    }
  }
  return reversed.reverse();
}

// A character diff printed inline with colours (strings compared with colours on).
function printSimpleMyersDiff(diff) {
  let out = '';
  for (const [op, value] of diff) {
    const color = op === INSERT ? colors.green : op === DELETE ? colors.red : colors.white;
    out += `${color}${value}${colors.white}`;
  }
  return `\n${out}`;
}

const kKeepShown = 5;

function printMyersDiff(diff, operator) {
  let out = '';
  let skipped = false;
  let run = 0; // unchanged lines in the current run
  for (let i = 0; i < diff.length; i++) {
    const [op, value] = diff[i];
    if (op !== KEEP && run > 0) {
      // End of a run of unchanged lines: show its last lines before the change.
      if (run === kKeepShown + 1) {
        out += `${colors.white}  ${diff[i - 1][1]}\n`;
      } else if (run === kKeepShown + 2) {
        out += `${colors.white}  ${diff[i - 2][1]}\n${colors.white}  ${diff[i - 1][1]}\n`;
      } else if (run > kKeepShown + 2) {
        out += `${colors.blue}...${colors.white}\n${colors.white}  ${diff[i - 1][1]}\n`;
        skipped = true;
      }
      run = 0;
    }
    if (op === INSERT) {
      if (operator === 'partialDeepStrictEqual') {
        out += `${colors.gray}${colors.hasColors ? ' ' : '+'} ${value}${colors.white}\n`;
      } else {
        out += `${colors.green}+${colors.white} ${value}\n`;
      }
    } else if (op === DELETE) {
      out += `${colors.red}-${colors.white} ${value}\n`;
    } else {
      if (run < kKeepShown) out += `${colors.white}  ${value}\n`;
      run++;
    }
  }
  return { message: `\n${out.trimEnd()}`, skipped };
}

module.exports = { myersDiff, printMyersDiff, printSimpleMyersDiff, INSERT, DELETE, KEEP };
