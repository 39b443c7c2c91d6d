// readline.emitKeypressEvents: the 'keypress' (char, key) pairs for printable
// characters, Ctrl+letters, Enter/Return/Tab/Backspace/Space, ESC-prefixed
// (meta) keys, arrows, function keys and modified xterm/rxvt sequences,
// sequences split across chunks, multi-byte UTF-8 split across chunks, and a
// lone trailing ESC (emitted after the escape timeout).
'use strict';
const readline = require('readline');
const { PassThrough } = require('stream');

const input = new PassThrough();
readline.emitKeypressEvents(input, { escapeCodeTimeout: 20 });
readline.emitKeypressEvents(input); // a second call is a no-op
input.on('keypress', (ch, key) => {
  console.log(JSON.stringify(ch), JSON.stringify(key));
});
const chunks = [
  'aZ9.', '\x01\x1a', '\r\n\t\x7f\b ', '\x1bx\x1bA\x1b\r',
  '\x1b[A\x1b[B\x1b[C\x1b[D\x1bOH\x1b[F', '\x1b[1;5C\x1b[1;2D\x1b[3~\x1b[5^\x1b[2$',
  '\x1bOP\x1b[15~\x1b[24;5~\x1b[[A\x1b[200~x\x1b[201~', '\x1b[Z\x1bOa\x1b[a\x1b[9Q',
  '\x1b[', '1;3', 'A', Buffer.from('€').subarray(0, 1), Buffer.from('€').subarray(1), '😀',
  '\x1b\x1b[D', '\x1b',
];
let i = 0;
function next() {
  if (i < chunks.length) {
    console.log('-- chunk', i);
    input.write(chunks[i++]);
    setImmediate(next);
  } else {
    setTimeout(() => console.log('done'), 60);
  }
}
next();
