// path.win32 roots: drive letters, drive-relative paths, UNC shares and device paths, and
// the posix/win32 cross-links (Node 26 lib/path.js behaviour).
'use strict';
const { check, equal } = require('../common.js');
const path = require('path');
const w = path.win32;

check('cross links', w.posix === path.posix && path.posix.win32 === w && w.win32 === w);
equal('resolve drive + rooted', w.resolve('C:\\a', '\\b'), 'C:\\b');
equal('resolve other drive restarts', w.resolve('C:\\a', 'D:\\b', 'c'), 'D:\\b\\c');
equal('resolve same drive relative', w.resolve('C:\\a', 'c:b'), 'c:\\a\\b');
equal('UNC root kept', w.resolve('\\\\srv\\share\\x', '..', '..'), '\\\\srv\\share\\');
equal('normalize forward slashes', w.normalize('C:/a//b/../c/'), 'C:\\a\\c\\');
equal('normalize drive-relative', w.normalize('C:a\\..\\..\\b'), 'C:..\\b');
equal('normalize keeps relative colon safe', w.normalize('x/a:'), '.\\x\\a:');
equal('join does not invent UNC', w.join('\\', '\\x'), '\\x');
equal('join keeps UNC', w.join('\\\\srv', 'share'), '\\\\srv\\share\\');
equal('relative across drives', w.relative('C:\\a', 'D:\\b'), 'D:\\b');
equal('relative case-insensitive', w.relative('C:\\Foo\\Bar', 'c:\\foo\\baz'), '..\\baz');
equal('parse UNC', w.parse('\\\\srv\\share\\dir\\f.txt'), { root: '\\\\srv\\share\\', dir: '\\\\srv\\share\\dir', base: 'f.txt', ext: '.txt', name: 'f' });
equal('parse drive', w.parse('C:\\f'), { root: 'C:\\', dir: 'C:\\', base: 'f', ext: '', name: 'f' });
equal('dirname UNC share', w.dirname('\\\\srv\\share'), '\\\\srv\\share');
equal('basename drive', w.basename('C:file.js', '.js'), 'file');
equal('extname drive', w.extname('C:.x'), '');
equal('toNamespacedPath drive', w.toNamespacedPath('C:\\x'), '\\\\?\\C:\\x');
equal('toNamespacedPath UNC', w.toNamespacedPath('\\\\s\\sh\\x'), '\\\\?\\UNC\\s\\sh\\x');
equal('isAbsolute', [w.isAbsolute('C:'), w.isAbsolute('C:\\'), w.isAbsolute('/x'), w.isAbsolute('\\\\s')], [false, true, true, true]);
equal('format', w.format({ root: 'C:\\', name: 'n', ext: 'e' }), 'C:\\n.e');
equal('sep and delimiter', [w.sep, w.delimiter, path.posix.sep, path.posix.delimiter], ['\\', ';', '/', ':']);
