// ESM imports of node:stream, node:stream/promises, node:readline and
// node:readline/promises: default and named exports, then a promise pipeline.
import stream, { Readable, pipeline as cbPipeline } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import readline, { createInterface } from 'node:readline';
import * as rlp from 'node:readline/promises';
console.log(typeof stream, typeof Readable, typeof cbPipeline, typeof pipeline, typeof readline.createInterface, typeof createInterface, Object.keys(rlp).sort());
const out = [];
await pipeline(Readable.from(['a', 'b']), async function* (s) { for await (const c of s) out.push(c); });
console.log(out);
