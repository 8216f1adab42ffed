// path.win32 (and require('path/win32')): Windows paths' join, resolve, relative, normalize, parse, basename, extname, dirname, toNamespacedPath; drive letters, UNC roots, \\?\ and \\.\ device roots, reserved names
const w = require('path').win32;
// resolve reads process.cwd() at each call: a fixed one keeps the output the same everywhere.
process.cwd = () => '/home/user/project';
const show = (v) => JSON.stringify(v);
const parts = ['', 'C:', 'c:', 'C:\\', 'C:/', '\\', '/', '\\\\', '\\\\server', '\\\\server\\share', '\\\\server\\share\\', '//srv/sh/x', 'a', '.', '..', '.x', 'a.b', 'a.b.', 'x\\', '..\\..', 'd:\\e', 'CON', 'CON:', 'NULL', 'a:b', 'foo\\..\\..\\bar', '\\\\?\\C:\\x', '\\\\.\\pipe\\p', 'dir/sub/', ' ', 'C:..', 'a\\\\b', '\\\\\\x', 'lpt1:', ':'];
const out = [];
const rec = (f, args) => { let r; try { r = w[f](...args); } catch (e) { r = 'throws ' + e.code; } out.push(f + show(args) + ' ' + show(r)); };
for (const p of parts) for (const f of ['normalize', 'isAbsolute', 'dirname', 'basename', 'extname', 'parse', 'toNamespacedPath', 'resolve']) rec(f, [p]);
for (const p of parts) for (const q of parts) { rec('join', [p, q]); rec('relative', [p, q]); rec('resolve', [p, q]); }
let seed = 12345;
const rnd = (n) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
for (let i = 0; i < 400; i++) {
  const a = [];
  for (let k = 1 + rnd(3); k > 0; k--) { let s = ''; for (let m = 1 + rnd(3); m > 0; m--) s += parts[rnd(parts.length)] + ['\\', '/', ''][rnd(3)]; a.push(s); }
  rec(['join', 'resolve', 'relative', 'normalize', 'dirname', 'parse', 'extname', 'basename'][rnd(8)], a);
}
for (const p of ['a.b', 'C:\\x\\a.b', 'a.b\\\\', 'C:a.b']) for (const s of ['', 'b', '.b', 'a.b', 'x.a.b', '\\']) rec('basename', [p, s]);
rec('format', [{ root: 'C:\\', dir: 'C:\\x', base: 'f.t' }]); rec('format', [{ root: 'C:\\', name: 'n', ext: 'e' }]); rec('format', [{ dir: 'd', name: 'n', ext: '.e' }]);
rec('join', []); rec('resolve', []); rec('join', [1]); rec('basename', ['a', 1]); rec('format', [null]);
console.log(out.join('\n'));
console.log(require('path/win32') === w, w.sep, w.delimiter, w.posix === require('path').posix, w._makeLong('C:\\a'), w.win32 === w);
