// fs.glob/globSync/promises.glob (cwd, exclude, withFileTypes, absolute patterns), the lchmod
// keys, mkdtempDisposableSync/promises.mkdtempDisposable, openAsBlob, promises.watch with a
// signal.
'use strict';
const fs = require('fs'), os = require('os');
const t = fs.mkdtempSync(os.tmpdir() + '/g-'); fs.mkdirSync(t + '/a/b', { recursive: true }); fs.writeFileSync(t + '/a/x.js', ''); fs.writeFileSync(t + '/a/b/y.js', ''); fs.writeFileSync(t + '/z.txt', '');
const c = (a) => a.map((s) => String(s).split(t).join('<t>'));
console.log(fs.globSync('**/*.js', { cwd: t }), fs.globSync('*', { cwd: t }), c(fs.globSync(t + '/a/*')));
console.log(fs.globSync('**/*.js', { cwd: t, exclude: ['a/b/**'] }), fs.globSync('a/*', { cwd: t, withFileTypes: true }).map((d) => d.name));
console.log(Object.getOwnPropertyDescriptor(fs, 'lchmod'), 'F_OK' in fs);
(async () => {
  const r = []; for await (const p of fs.promises.glob('**/*.js', { cwd: t })) r.push(p); console.log('p', r);
  fs.glob('*.txt', { cwd: t }, (e, r) => { console.log('cb', e, r);
    const d = fs.mkdtempDisposableSync(t + '/q-'); console.log(Object.keys(d), fs.existsSync(d.path)); d.remove(); console.log(fs.existsSync(d.path));
    fs.openAsBlob(t + '/z.txt', { type: 'text/plain' }).then(async (b) => { console.log(b.constructor.name, b.size, b.type);
      { await using d2 = await fs.promises.mkdtempDisposable(t + '/w-'); console.log(Object.keys(d2)); }
      const ac = new AbortController();
      setTimeout(() => fs.writeFileSync(t + '/a/new', ''), 30);
      try { for await (const ev of fs.promises.watch(t + '/a', { signal: ac.signal })) { console.log('watch', ev); ac.abort(); } } catch (e) { console.log('watch end', e.name); }
      fs.rmSync(t, { recursive: true });
    });
  });
})();
