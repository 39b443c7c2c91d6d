// path.matchesGlob on both flavours: *, ?, **, classes, braces, dot files, trailing separators,
// backslashes in patterns, literal '!'.
const path = require('path');
const cases = [['a/b/c', '**'], ['a', '**'], ['.a', '*'], ['.a', '.*'], ['a/.b', 'a/*'], ['a/.b/c', 'a/**/c'], ['x/y/z.js', '**/*.js'], ['z.js', '**/*.js'], ['a/b', 'a/b/'], ['a/b/', 'a/b'],
  ['abc', 'a*c'], ['a/c', 'a*c'], ['abc', 'a?c'], ['a.js', '*.{js,ts}'], ['a.md', '*.{js,ts}'], ['a', '{a,b}'], ['ab', '[a-c]b'], ['db', '[a-c]b'], ['a+b', 'a+b'], ['a(b)', 'a(b)'],
  ['foo/bar/baz', 'foo/**/baz'], ['foo/baz', 'foo/**/baz'], ['foobaz', 'foo**baz'], ['/abs/x', '/abs/*'], ['abs/x', '/abs/*'], ['a\\b', 'a\\b'], ['a/b', 'a\\b'], ['a.b', 'a.b'], ['axb', 'a.b'], ['a', '!a'], ['b', '!a'], ['a', ''], ['', '']];
for (const [p, g] of cases) { let r1, r2; try { r1 = path.posix.matchesGlob(p, g); } catch (e) { r1 = e.code; } try { r2 = path.win32.matchesGlob(p, g); } catch (e) { r2 = e.code; } console.log(JSON.stringify([p, g]), r1, r2); }
