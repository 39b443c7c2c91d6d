// Deterministic pseudo-random inputs (fixed seed) through Buffer.from/toString/byteLength,
// write, indexOf/lastIndexOf, fill, compare, TextDecoder (stream/fatal) and atob, for every
// encoding: many odd combinations of surrogates, bad UTF-8, base64/hex junk and offsets.
'use strict';
let seed = 12345;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
const encs = ['utf8', 'utf16le', 'latin1', 'ascii', 'base64', 'base64url', 'hex'];
const pieces = ['a', 'Z', '0', '+', '/', '-', '_', '=', ' ', '\n', 'é', '€', '😀', '\ud800', '\udc00', '\u0141', '\u00ff', 'ab', 'YQ', '==', '\u0000', 'f', 'F'];
function rstr() { let s = ''; const n = rnd(12); for (let i = 0; i < n; i++) s += pieces[rnd(pieces.length)]; return s; }
function rbytes() { const n = rnd(14); const b = Buffer.alloc(n); for (let i = 0; i < n; i++) b[i] = [0, 0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xe2, 0xed, 0xf0, 0xf4, 0xff, 0x9f, 0xa0, 0x82][rnd(14)]; return b; }
const out = [];
for (let t = 0; t < 800; t++) {
  const s = rstr();
  const enc = encs[rnd(encs.length)];
  const b = Buffer.from(s, enc);
  out.push(`${JSON.stringify(s)} ${enc} ${b.toString('hex')} ${Buffer.byteLength(s, enc)}`);
  const bb = rbytes();
  out.push(`${bb.toString('hex')} ${enc} ${JSON.stringify(bb.toString(enc))}`);
  const target = Buffer.alloc(rnd(8));
  let r;
  try { r = target.write(s, rnd(4), rnd(9), enc); } catch (e) { r = e.code; }
  out.push(`write ${r} ${target.toString('hex')}`);
  const hay = rbytes();
  const needle = rnd(3) === 0 ? rnd(256) : (rnd(2) ? rbytes().subarray(0, rnd(3)) : rstr());
  const off = [undefined, 0, 1, -1, -3, 5, 100, -100, 2.5, NaN][rnd(10)];
  let i1, i2;
  try { i1 = hay.indexOf(needle, off, rnd(2) ? enc : undefined); } catch (e) { i1 = e.code; }
  try { i2 = hay.lastIndexOf(needle, off, rnd(2) ? enc : undefined); } catch (e) { i2 = e.code; }
  out.push(`idx ${hay.toString('hex')} ${typeof needle === 'object' ? needle.toString('hex') : JSON.stringify(needle)} ${off} ${i1} ${i2}`);
  const f = Buffer.alloc(rnd(9));
  try { f.fill(rnd(2) ? s : rbytes(), rnd(3), undefined, rnd(2) ? enc : undefined); r = f.toString('hex'); } catch (e) { r = e.code; }
  out.push(`fill ${r}`);
  const c1 = rbytes(), c2 = rbytes();
  try { r = c1.compare(c2, rnd(4), rnd(6), rnd(4), rnd(6)); } catch (e) { r = e.code; }
  out.push(`cmp ${c1.toString('hex')} ${c2.toString('hex')} ${r} ${Buffer.compare(c1, c2)}`);
  const d = new TextDecoder(['utf-8', 'utf-16le', 'latin1'][rnd(3)], { fatal: rnd(4) === 0 });
  try { r = JSON.stringify(d.decode(bb, { stream: rnd(2) === 0 }) + d.decode(rbytes())); } catch (e) { r = e.code; }
  out.push(`td ${r}`);
  try { r = JSON.stringify(atob(s)); } catch (e) { r = e.name; }
  out.push(`atob ${r}`);
}
console.log(out.join('\n'));
