// fs.cp/cpSync/promises.cp: recursive copies with symlinks resolved, force/errorOnExist,
// filter, and the check errors (same file, subdirectory of self, dir/non-dir overwrite,
// directory without recursive, missing source) in their sync and async forms.
'use strict';
const fs = require('fs'), os = require('os'), path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'h7cp-')); const c = (s) => String(s).split(d).join('<d>');
fs.mkdirSync(d + '/src/sub', { recursive: true }); fs.writeFileSync(d + '/src/a', 'A'); fs.writeFileSync(d + '/src/sub/b', 'B'); fs.symlinkSync('a', d + '/src/l');
function t(l, f) { try { f(); console.log(l, 'ok'); } catch (e) { console.log(l, e.name, e.code, c(e.message)); } }
t('dir no recursive', () => fs.cpSync(d + '/src', d + '/dst'));
t('recursive', () => fs.cpSync(d + '/src', d + '/dst', { recursive: true }));
console.log(fs.readdirSync(d + '/dst', { recursive: true }), c(fs.readlinkSync(d + '/dst/l')), fs.readFileSync(d + '/dst/sub/b', 'utf8'));
fs.writeFileSync(d + '/f', 'new');
t('file over existing force', () => fs.cpSync(d + '/f', d + '/dst/a'));
console.log(fs.readFileSync(d + '/dst/a', 'utf8'));
t('no force', () => fs.cpSync(d + '/src/a', d + '/dst/a', { force: false }));
console.log(fs.readFileSync(d + '/dst/a', 'utf8'));
t('errorOnExist', () => fs.cpSync(d + '/src/a', d + '/dst/a', { force: false, errorOnExist: true }));
t('missing src', () => fs.cpSync(d + '/nope', d + '/x'));
t('same', () => fs.cpSync(d + '/f', d + '/f'));
t('filter', () => fs.cpSync(d + '/src', d + '/dst2', { recursive: true, filter: (s) => !s.endsWith('sub') }));
console.log(fs.readdirSync(d + '/dst2').sort());
fs.cp(d + '/src', d + '/dst3', { recursive: true }, (e) => { console.log('cb', e, fs.readdirSync(d + '/dst3').sort());
  fs.promises.cp(d + '/f', d + '/g').then(() => { console.log('p', fs.readFileSync(d + '/g', 'utf8')); fs.rmSync(d, { recursive: true }); part2(); }); });


function part2() {
const d2 = fs.mkdtempSync(path.join(os.tmpdir(), 'h7cp-')); const c2 = (s) => String(s).split(d2).join('<d>');
fs.mkdirSync(d2 + '/src/sub', { recursive: true }); fs.writeFileSync(d2 + '/src/a', 'A'); fs.writeFileSync(d2 + '/f', 'F');
const cases = [['dir', d2 + '/src', d2 + '/dst', {}], ['same', d2 + '/f', d2 + '/f', {}], ['eoe', d2 + '/f', d2 + '/src/a', { force: false, errorOnExist: true }],
 ['sub', d2 + '/src', d2 + '/src/sub/x', { recursive: true }], ['f2d', d2 + '/f', d2 + '/src', {}], ['d2f', d2 + '/src', d2 + '/f', { recursive: true }], ['missing', d2 + '/nope', d2 + '/x', {}]];
for (const [l, s, t, o] of cases) { try { fs.cpSync(s, t, o); console.log('sync', l, 'ok'); } catch (e) { console.log('sync', l, e.name, e.code, c2(e.message), e.errno, e.syscall, c2(e.path)); } }
(async () => { for (const [l, s, t, o] of cases) { try { await fs.promises.cp(s, t, o); console.log('async', l, 'ok'); } catch (e) { console.log('async', l, e.name, e.code, c2(e.message), e.errno, e.syscall, c2(e.path)); } } fs.rmSync(d2, { recursive: true }); })();
}
