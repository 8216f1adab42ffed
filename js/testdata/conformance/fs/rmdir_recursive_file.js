// fs.rmdir and rmdirSync with recursive: true on a file fail as rmdir does (ENOTDIR); on a missing path, ENOENT from lstat; a directory tree is removed.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmdir-rec-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'x');
const show = (label, e) => console.log(label, e ? [e.code, e.syscall, e.message.replace(dir, '<dir>')] : 'ok');
process.on('warning', (w) => console.log('warning', w.name, w.code));
try { fs.rmdirSync(file, { recursive: true }); show('sync file'); } catch (e) { show('sync file', e); }
try { fs.rmdirSync(path.join(dir, 'missing'), { recursive: true }); show('sync missing'); } catch (e) { show('sync missing', e); }
fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
fs.writeFileSync(path.join(dir, 'a/b/c'), 'y');
fs.rmdirSync(path.join(dir, 'a'), { recursive: true });
console.log('tree gone', !fs.existsSync(path.join(dir, 'a')));
fs.rmdir(file, { recursive: true }, (e) => {
  show('async file', e);
  fs.rmdir(path.join(dir, 'missing'), { recursive: true }, (e2) => {
    show('async missing', e2);
    fs.rmSync(dir, { recursive: true });
  });
});
