// Asks the reference Node (26.10.0) how it resolves cases against tests/fixtures, printing one
// line per case: `<kind> <parent> <spec> => <result or code + JSON message>` with the fixtures
// directory written as <F>. Used to check the expectations in the integration tests:
//   .oracle/node/bin/node crates/weft-resolve/tests/oracle/probe.mjs cjs proj/entry.js ./a/file ...
import { createRequire, registerHooks } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const F = path.resolve(fileURLToPath(import.meta.url), '../../fixtures');
const show = (s) => String(s).split(F).join('<F>');
let pending = null;
registerHooks({
  resolve(spec, context, next) {
    if (!spec.startsWith('probe:')) return next(spec, context);
    const { s, parent } = pending;
    let out;
    try { out = '=> ' + show(next(s, { ...context, parentURL: parent }).url); }
    catch (e) { out = `ERR ${e.code} ${show(JSON.stringify(e.message))}`; }
    return { url: 'data:text/javascript,export default ' + encodeURIComponent(JSON.stringify(out)), shortCircuit: true };
  },
});

const [kind, parentRel, ...specs] = process.argv.slice(2);
const parent = parentRel === '-' ? null : path.join(F, parentRel);
for (const s of specs) {
  let out;
  if (kind === 'cjs') {
    const req = createRequire(parent ?? path.join(process.cwd(), '[eval]'));
    try { out = '=> ' + show(req.resolve(s)); }
    catch (e) {
      // require.resolve says MODULE_NOT_FOUND for unknown `node:` names; require() is what counts.
      if (s.startsWith('node:')) { try { req(s); } catch (e2) { e = e2; } }
      out = `ERR ${e.code} ${show(JSON.stringify(e.message))} stack=${show(JSON.stringify(e.requireStack))}`;
    }
  } else {
    pending = { s, parent: pathToFileURL(parent).href };
    out = (await import('probe:' + Math.random())).default;
  }
  console.log(`${kind} ${parentRel} ${s} ${out}`);
}
