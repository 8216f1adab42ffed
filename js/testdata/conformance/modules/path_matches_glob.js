// path.matchesGlob (node 20.17+, minimatch's rules as node configures them): braces, globstars, dot files, classes, extglobs, backslash as separator.
const { matchesGlob } = require('path');
const files = ['a/b.js', 'b.js', '.b.js', 'a/.b.js', 'a/.c/b.js', 'a/b/c/d.js', '/abs/x.js', 'a/b.ts', 'a/b/', 'a//b.js', './a/b.js', 'a/./b.js',
  'a/../b.js', 'x.min.js', 'abc', 'a', '', 'a.txt', 'b.txt', 'c.txt', 'file1', 'file23', 'foo/bar/baz', 'foo.js.map', '[a].js', 'a*b', 'ab', '#a', '!a', 'a/b', 'A/B.JS'];
const patterns = ['**/*.js', '*.js', 'a/*.js', 'a/**', '**', '*', 'a/**/*.js', '**/b.js', 'a/?.js', '{a,b}.txt', '*.{js,ts}', 'a/b.{js,ts}', 'file{1..3}', 'file[0-9]*',
  '[!a].txt', '[^a].txt', '[abc]', '@(a|b).txt', '+(a|b|c).txt', '!(a).txt', '*(x).js', '?(a).txt', 'a\\*b', '.*', 'a/.*', 'a/**/b.js', '**/', 'a/b/', '', '#a', '!a',
  '[a].js', '\\[a\\].js', 'foo/**/baz', 'foo/*/baz', '**/*.min.js', 'a/b/**', '/abs/*', '**/x.js', './a/b.js', 'a/./b.js', '{a,b}/**', 'a{,/b}.js', '{x}', '*.js.*', 'a*', '??', '[a-c].txt', 'A/*.JS'];
let out = '';
for (const p of patterns) { out += JSON.stringify(p) + ' ' + files.map((f) => (matchesGlob(f, p) ? 1 : 0)).join('') + '\n'; }
process.stdout.write(out);
for (const bad of [[1, 'x'], ['x', null]]) { try { matchesGlob(...bad); } catch (e) { console.log(e.code, e.message); } }
