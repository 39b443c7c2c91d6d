// compose(): a Transform chain and async generator stages behind one Duplex;
// Readable.prototype.compose; Duplex.from on iterables, promises and async
// generator functions; duplexPair() wiring two ends together.
'use strict';
const { compose, Transform, Readable, Duplex, duplexPair, PassThrough } = require('stream');

async function main() {
  const upper = new Transform({
    transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); },
  });
  const exclaim = new Transform({
    transform(chunk, enc, cb) { cb(null, `${chunk}!`); },
  });
  const both = compose(upper, exclaim);
  console.log('composed is Duplex', both instanceof Duplex);
  const out = [];
  both.on('data', (d) => out.push(d.toString()));
  both.write('ab');
  both.end('cd');
  await new Promise((r) => both.on('end', r));
  console.log('compose transforms', out);

  const gen = compose(async function* (source) {
    for await (const chunk of source) yield String(chunk).repeat(2);
  });
  const got = [];
  gen.on('data', (d) => got.push(d));
  gen.write('x');
  gen.end('y');
  await new Promise((r) => gen.on('end', r));
  console.log('compose generator', got);

  const chained = Readable.from(['a', 'b']).compose(async function* (source) {
    for await (const s of source) yield s.toUpperCase();
  });
  console.log('Readable#compose', await chained.toArray());

  console.log('Duplex.from iterable', await Duplex.from(['i', 'j']).toArray());
  console.log('Duplex.from promise', await Duplex.from(Promise.resolve('p')).toArray());
  const pt = new PassThrough();
  console.log('Duplex.from duplex is same', Duplex.from(pt) === pt);
  try { Duplex.from(42); } catch (e) { console.log(e.name, e.code); }
  try { compose(); } catch (e) { console.log(e.code, e.message); }

  const [a, b] = duplexPair();
  b.on('data', (d) => console.log('b got', d.toString()));
  a.on('data', (d) => console.log('a got', d.toString()));
  a.write('from a');
  b.write('from b');
  await new Promise((r) => setImmediate(r));
  console.log('pair types', a instanceof Duplex, b instanceof Duplex);
}
main();
