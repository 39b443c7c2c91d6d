// question() with an AbortSignal: the callback form never answers after an
// abort, the promise form rejects with AbortError (cause = reason), an already
// aborted signal rejects at once; util.promisify(rl.question) answers; the
// prompt is restored after a cancelled question.
'use strict';
const readline = require('readline');
const rlp = require('readline/promises');
const util = require('util');
const { PassThrough, Writable } = require('stream');

const written = [];
const output = new Writable({ write(c, e, cb) { written.push(c.toString()); cb(); } });

async function main() {
  const input = new PassThrough();
  const rl = readline.createInterface({ input, output, terminal: false, prompt: 'P> ' });
  rl.on('line', (l) => console.log('line event', l));
  const ac = new AbortController();
  rl.question('Q1? ', { signal: ac.signal }, (a) => console.log('never', a));
  ac.abort();
  console.log('prompt after abort', JSON.stringify(rl.getPrompt()));
  input.write('free line\n');
  rl.question('Q2? ', { signal: AbortSignal.abort() }, () => console.log('never either'));
  const ask = util.promisify(rl.question).bind(rl);
  const p = ask('Q3? ');
  input.write('three\n');
  console.log('promisified', await p);
  rl.close();

  const pin = new PassThrough();
  const prl = rlp.createInterface({ input: pin, output });
  const ac2 = new AbortController();
  const q = prl.question('Q4? ', { signal: ac2.signal });
  ac2.abort('changed my mind');
  try { await q; } catch (e) { console.log('rejected', e.name, e.code, e.cause); }
  try { await prl.question('Q5? ', { signal: AbortSignal.abort('early') }); } catch (e) {
    console.log('pre-aborted', e.name, e.cause);
  }
  const q6 = prl.question('Q6? ');
  pin.write('six\n');
  console.log('answer', await q6);
  prl.close();
  try { await prl.question('Q7? '); } catch (e) { console.log('after close', e.code, e.message); }
  console.log('written', JSON.stringify(written));
}
main();
