// cork()/uncork() batching into _writev (chunks with encodings, allBuffers),
// nested cork counts, end() uncorking, _writev-only streams, decodeStrings:false
// keeping strings, defaultEncoding, setDefaultEncoding validation.
'use strict';
const { Writable } = require('stream');

const log = [];
const w = new Writable({
  write(chunk, enc, cb) {
    log.push(`_write ${JSON.stringify(chunk.toString())} ${enc}`);
    cb();
  },
  writev(chunks, cb) {
    log.push(`_writev ${chunks.length} ${chunks.map((c) => `${c.chunk}:${c.encoding}`).join(',')} allBuffers=${chunks.allBuffers}`);
    cb();
  },
});
w.write('first');
w.cork();
w.cork();
log.push(`corked=${w.writableCorked}`);
w.write('a', () => log.push('cb a'));
w.write(Buffer.from('b'));
w.write('c', 'utf8', () => log.push('cb c'));
log.push(`len=${w.writableLength} buffered=${w.writableBuffer.length}`);
w.uncork();
log.push(`after one uncork corked=${w.writableCorked}`);
w.uncork();
log.push(`after two corked=${w.writableCorked}`);
w.cork();
w.write('x');
w.write('y');
w.end('z', () => log.push('end cb'));
w.on('finish', () => {
  log.push('finish');
  console.log(log.join('\n'));
  part2();
});

function part2() {
  const seen = [];
  const s = new Writable({
    decodeStrings: false,
    defaultEncoding: 'hex',
    write(chunk, enc, cb) {
      seen.push(`${typeof chunk}:${chunk}:${enc}`);
      cb();
    },
  });
  s.write('abc');
  s.write('def', 'latin1');
  s.write(Buffer.from('g'));
  s.setDefaultEncoding('BASE64');
  s.write('hi');
  try { s.setDefaultEncoding('nope'); } catch (e) { console.log(e.code, e.message); }
  try { new Writable({ defaultEncoding: 'bogus' }); } catch (e) { console.log(e.code, e.message); }
  s.end(() => {
    console.log(seen.join('\n'));
    const only = new Writable({
      writev(chunks, cb) {
        console.log('writev only', chunks.length, chunks.map((c) => c.chunk.toString()));
        cb();
      },
    });
    only.write('p');
    only.write('q');
    only.write('r');
    only.end();
  });
}
