// readline over a Readable: one 'line' per line ending (\n, \r\n, \r), the last
// unterminated line at 'end', then 'close'; question() answers with the next line.
'use strict';
const { equal, mustCall } = require('../common.js');
const readline = require('readline');
const { Readable, PassThrough } = require('stream');

const lines = [];
const rl = readline.createInterface({ input: Readable.from(['a\nb\r\nc\rd', 'e']) });
rl.on('line', (l) => lines.push(l));
rl.on('close', mustCall('close once', () => {
  equal('lines', lines, ['a', 'b', 'c', 'de']);
  equal('closed flag', rl.closed, true);
}));

const input = new PassThrough();
const written = [];
const output = new PassThrough();
output.on('data', (d) => written.push(d.toString()));
const q = readline.createInterface({ input, output, terminal: false });
q.question('Who? ', mustCall('answered', (answer) => {
  equal('answer', answer, 'me');
  equal('query written', written, ['Who? ']);
  q.close();
}));
input.write('me\n');
