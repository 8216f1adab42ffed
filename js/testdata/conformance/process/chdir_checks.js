// process.chdir fails as node's (ENOENT, ENOTDIR, a non-string) and the new cwd is clean: no '..', '.', or trailing slash.
const path = require('path');
const start = process.cwd();
for (const dir of ['no-such-dir-here', 'chdir_checks.js', 5]) {
  try {
    process.chdir(dir);
    console.log('changed?');
  } catch (e) {
    console.log(e.message.replaceAll(start, '<cwd>'), e.code, e.errno, e.syscall, e.path === start, e.dest, Object.keys(e));
  }
}
console.log(process.cwd() === start);
process.chdir('..');
console.log(process.cwd() === path.dirname(start));
process.chdir(path.basename(start) + '/./');
console.log(process.cwd() === start, path.resolve('x') === start + '/x');
process.chdir('.//../' + path.basename(start) + '//');
console.log(process.cwd() === start, require('fs').existsSync('chdir_checks.js'));
