// path.posix and path.win32: every function over many edge-case inputs (roots, drive-relative
// paths, UNC shares, dots, repeated and trailing separators), printed per flavour.
const path = require('path');
const show = (...a) => console.log(...a.map((x) => typeof x === 'string' ? JSON.stringify(x) : require('util').inspect(x)));
const inputs = ['', '/', '//', '///', '.', '..', '/..', '/.', './', '../', 'a', 'a/', '/a', '/a/', '//a', 'a//b', 'a/./b', 'a/../b', '../a',
  '/a/b/c/../../d', 'a/b/../../..', '.bashrc', '.bashrc.txt', 'file.', 'file..', '..ext', 'a.b.c', '/x/.y', '/x/y.', 'a\\b', 'a\\b\\c.txt',
  'C:', 'C:\\', 'C:/', 'c:a', 'C:\\a\\b', 'C:a\\..\\..\\b', 'C:\\..', 'C:\\a\\', '\\', '\\\\', '\\\\server', '\\\\server\\', '\\\\server\\share',
  '\\\\server\\share\\', '\\\\server\\share\\a\\b.js', '//server/share/x', '\\\\?\\C:\\x', '\\\\.\\pipe\\name', 'x/a:', 'a:b', 'foo/a:', '/foo/../../..',
  'a/b/c/', '/home/user/dir/file.txt', 'dir/.hidden', '/...', '....', 'a...b', 'C:\\x.y\\z', 'C:\\.', 'C:..'];
for (const flavour of ['posix', 'win32']) {
  const p = path[flavour];
  for (const s of inputs) {
    show(flavour, s, p.normalize(s), p.isAbsolute(s), p.dirname(s), p.basename(s), p.extname(s), p.parse(s), p.toNamespacedPath(s));
  }
  for (const [s, suf] of [['/a/b.js', '.js'], ['/a/b.js', 'b.js'], ['/a/b.js/', '.js'], ['b.js', 'js'], ['aaa', 'a'], ['/a/b', 'x'], ['C:\\a\\B.JS', '.JS'], ['C:b.js', '.js'], ['x.js', 'x.js']]) {
    show(flavour, 'basename', s, suf, p.basename(s, suf));
  }
  for (const args of [[], [''], ['', ''], ['a', 'b'], ['/a', '/b'], ['a', '../..', 'c'], ['/', '..'], ['a/', 'b/'], ['//s', 'sh'], ['\\\\s', 'sh'], ['a', '//b'],
    ['//', 'a'], ['C:', 'x'], ['c:\\', '..'], ['\\\\?\\x', 'y'], ['a:', 'b'], ['.', '.'], ['', '/x']]) {
    show(flavour, 'join', args, p.join(...args));
  }
  for (const args of [['/a/b', './c'], ['/a', '/b', 'c'], ['a', 'b'], ['/'], ['C:\\a', 'b'], ['C:\\a', 'D:b'], ['C:\\a', 'c:b'], ['c:/ignore', 'd:\\a/b\\c/d', '\\e.exe'],
    ['//server/share', '..', 'relative\\'], ['\\\\s\\sh\\x', '../..'], ['C:foo'], ['/x', '..', '..'], ['a/b', '../../..']]) {
    const r = p.resolve(...args);
    show(flavour, 'resolve', args, r.replace(process.cwd(), '<cwd>').replace(process.cwd().replaceAll('/', '\\'), '<cwd>'));
  }
  for (const [a, b] of [['/a/b/c', '/a/b/d'], ['/a', '/a/b'], ['/a/b', '/a'], ['/', '/x'], ['/x', '/'], ['/a/bc', '/a/b'], ['a', 'a'], ['/a/', '/a'],
    ['C:\\a\\b', 'C:\\a\\c'], ['C:\\a', 'D:\\a'], ['C:\\A\\b', 'c:\\a\\B\\x'], ['\\\\s\\sh\\a', '\\\\s\\sh\\b'], ['\\\\s\\sh', '\\\\t\\sh'], ['C:\\', 'C:\\foo'], ['C:\\foo', 'C:\\'],
    ['C:\\foo\\bar', 'C:\\foo\\bar\\baz'], ['c:/blah\\blah', 'd:/games']]) {
    show(flavour, 'relative', a, b, p.relative(a, b));
  }
  for (const o of [{ root: '/', base: 'f' }, { dir: '/d', base: 'f.txt' }, { dir: 'C:\\d', name: 'n', ext: 'e' }, { root: 'C:\\', name: 'n', ext: '.e' }, { name: 'x' }, {}, { dir: 'd', root: 'r' }, { ext: 'js' }]) {
    show(flavour, 'format', o, p.format(o));
  }
  show(p.sep, p.delimiter, p.posix === path.posix, p.win32 === path.win32, p._makeLong === p.toNamespacedPath);
  for (const [fn, args] of [['join', [1]], ['resolve', ['a', 2]], ['normalize', [null]], ['basename', ['a', 5]], ['relative', [1, 'a']], ['relative', ['a', 1]],
    ['format', [null]], ['format', ['x']], ['parse', [1]], ['dirname', [{}]], ['extname', [undefined]], ['isAbsolute', [1]], ['matchesGlob', [1, 'a']], ['matchesGlob', ['a', 1]]]) {
    try { p[fn](...args); show(flavour, fn, 'no throw'); } catch (e) { show(flavour, fn, e.name, e.code, e.message); }
  }
  show(p.toNamespacedPath(5), p.toNamespacedPath(''));
}
show(path === path.posix, Object.keys(path));
const globs = [['/a/b/c.js', '/a/**/*.js'], ['/a/c.js', '/a/**/*.js'], ['a/b.js', '*.js'], ['b.js', '*.js'], ['.hidden.js', '*.js'], ['a.ts', '*.{js,ts}'],
  ['x1', 'x?'], ['x12', 'x?'], ['xb', 'x[abc]'], ['xd', 'x[!abc]'], ['a/b/c', 'a/**'], ['a', 'a/**'], ['A.JS', '*.js'], ['a/.git/x', 'a/**/x'], ['foo/bar', 'foo/*']];
for (const [s, g] of globs) show('glob', s, g, path.posix.matchesGlob(s, g), path.win32.matchesGlob(s, g));
