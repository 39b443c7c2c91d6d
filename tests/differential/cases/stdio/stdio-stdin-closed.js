// process.stdin when the runner's stdin is closed (/dev/null: a file): a paused Readable that
// ends at once when read; for await and readline finish, and the process exits.
'use strict';
const { Readable } = require('stream');
const readline = require('readline');
const fs = require('fs');
const log = (...a) => fs.writeSync(1, a.join(' ') + '\n');

const s = process.stdin;
log(s === process.stdin, s instanceof Readable, s.constructor.name, s.fd, s.isTTY);
log(s.readableFlowing, s.readable, s.readableEnded, s.isPaused(), s.readableLength);

(async () => {
  const chunks = [];
  for await (const c of s) chunks.push(c);
  log('for await done', chunks.length, s.readableEnded);
  const rl = readline.createInterface({ input: s });
  rl.on('line', (l) => log('line', l));
  rl.on('close', () => log('readline close'));
})();
s.on('end', () => log('end'));
s.on('close', () => log('close'));
process.on('exit', (c) => log('exit', c));
