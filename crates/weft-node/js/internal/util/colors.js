// The colour escapes of assertion messages (mirrors Node's lib/internal/util/colors.js):
// real escapes only while stderr is a TTY that reports colour support, else empty strings.
// `refresh()` re-reads that state (called for each generated assertion message).
'use strict';

const codes = {
  blue: '\u001b[34m',
  green: '\u001b[32m',
  white: '\u001b[39m',
  yellow: '\u001b[33m',
  red: '\u001b[31m',
  gray: '\u001b[90m',
  clear: '\u001bc',
  reset: '\u001b[0m',
};

const colors = {
  hasColors: false,
  refresh() {
    let on = false;
    const stderr = typeof process === 'object' && process !== null ? process.stderr : undefined;
    if (stderr && stderr.isTTY && typeof stderr.hasColors === 'function') {
      try {
        on = Boolean(stderr.hasColors());
      } catch {
        on = false;
      }
    }
    for (const name of Object.keys(codes)) colors[name] = on ? codes[name] : '';
    colors.hasColors = on;
  },
};

for (const name of Object.keys(codes)) colors[name] = '';

module.exports = colors;
