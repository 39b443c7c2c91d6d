// readline.createInterface over a Readable: 'line' events for \n, \r\n split
// across chunks, lone \r, U+2028; the last unterminated line on 'end'; 'pause'
// and 'close' order; rl.close() twice; use after close (ERR_USE_AFTER_CLOSE);
// the initial properties.
'use strict';
const readline = require('readline');
const { Readable } = require('stream');

const input = Readable.from(['one\ntwo', '\r\nthree\r', '\nfour\rfive\u2028six', '\n\nlast']);
const rl = readline.createInterface({ input, terminal: false, crlfDelay: 50 });
console.log('terminal', rl.terminal, 'crlfDelay', rl.crlfDelay, 'closed', rl.closed,
  'prompt', JSON.stringify(rl.getPrompt()), 'line', JSON.stringify(rl.line),
  'output', rl.output, 'input is stream', rl.input === input);
rl.on('line', (line) => console.log('line', JSON.stringify(line)));
rl.on('pause', () => console.log('pause'));
rl.on('resume', () => console.log('resume'));
rl.on('close', () => {
  console.log('close closed=', rl.closed);
  rl.close();
  for (const fn of [() => rl.pause(), () => rl.resume(), () => rl.write('x'),
    () => rl.question('q?', () => {})]) {
    try { fn(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  const rl2 = readline.createInterface({ input: Readable.from([]), crlfDelay: 5000 });
  console.log('rl2 crlfDelay', rl2.crlfDelay, 'terminal', rl2.terminal);
  rl2.on('close', () => console.log('rl2 close'));
});
process.nextTick(() => console.log('tick'));
