// rl.question() writes the query to output and answers with the next line;
// setPrompt/prompt; readline/promises question; the cursor helpers' ANSI codes
// and their return values and callbacks; Readline (promises) commit/rollback.
'use strict';
const readline = require('readline');
const rlp = require('readline/promises');
const { Readable, Writable, PassThrough } = require('stream');

const written = [];
const output = new Writable({
  write(chunk, enc, cb) { written.push(chunk.toString()); cb(); },
});

async function main() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output, terminal: false, prompt: '$ ' });
  rl.on('line', (l) => console.log('line', l));
  rl.question('Name? ', (answer) => {
    console.log('answer', answer, 'prompt back to', JSON.stringify(rl.getPrompt()));
    rl.setPrompt('>> ');
    rl.prompt();
    input.write('after\n');
    input.end('tail');
  });
  input.write('Ada\n');
  await new Promise((r) => rl.on('close', r));
  console.log('written', JSON.stringify(written));

  written.length = 0;
  const pin = new PassThrough();
  const prl = rlp.createInterface({ input: pin, output });
  const p = prl.question('Age? ');
  pin.write('42\n');
  console.log('promise answer', await p);
  prl.close();
  console.log('written', JSON.stringify(written));

  written.length = 0;
  console.log('cursorTo', readline.cursorTo(output, 0));
  readline.cursorTo(output, 2, 3, () => console.log('cursorTo cb'));
  readline.moveCursor(output, 1, -1);
  readline.moveCursor(output, 0, 0, () => console.log('moveCursor noop cb'));
  readline.clearLine(output, 1);
  readline.clearScreenDown(output);
  console.log('null stream', readline.clearLine(null, 0), readline.moveCursor(undefined, 1, 1));
  for (const fn of [() => readline.cursorTo(output, NaN), () => readline.cursorTo(output, 1, NaN),
    () => readline.moveCursor(output, 1, 1, 'nope')]) {
    try { fn(); } catch (e) { console.log(e.name, e.code, e.message); }
  }
  await new Promise((r) => setImmediate(r));
  console.log('written', JSON.stringify(written));

  written.length = 0;
  const r = new rlp.Readline(output);
  r.cursorTo(1).moveCursor(2, 3).clearLine(-1).clearScreenDown();
  console.log('before commit', written.length);
  await r.commit();
  r.cursorTo(5).rollback();
  await r.commit();
  console.log('written', JSON.stringify(written));
  try { new rlp.Readline({}); } catch (e) { console.log(e.code, e.message); }
}
main();
