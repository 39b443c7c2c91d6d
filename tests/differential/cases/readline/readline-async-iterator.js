// for await (const line of rl): lines from a Readable.from() input, including
// lines emitted before the loop starts, an early break (closes the interface),
// and a readline/promises interface iterated the same way.
'use strict';
const readline = require('readline');
const { Readable } = require('stream');

async function main() {
  const rl = readline.createInterface({
    input: Readable.from(['alpha\nbeta\n', 'gamma\r\ndelta']),
    crlfDelay: Infinity,
  });
  const lines = [];
  for await (const line of rl) lines.push(line);
  console.log('lines', lines);

  const rl2 = readline.createInterface({ input: Readable.from(['1\n2\n3\n4\n']) });
  rl2.on('close', () => console.log('rl2 closed'));
  for await (const line of rl2) {
    console.log('got', line);
    if (line === '2') break;
  }
  console.log('after break closed', rl2.closed);

  const input = Readable.from(['x\ny\n']);
  const rl3 = require('readline/promises').createInterface({ input });
  await new Promise((r) => setImmediate(r));
  const late = [];
  for await (const line of rl3) late.push(line);
  console.log('late iteration', late);
}
main();
