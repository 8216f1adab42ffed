// fs.promises.rmdir with recursive: true warns DEP0147 once; a file fails with ENOTDIR from rmdir, a missing path with ENOENT from stat, a directory tree is removed.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rmdir-rec-p-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'x');
fs.mkdirSync(path.join(dir, 'a/b'), { recursive: true });
process.on('warning', (w) => console.log('warning', w.name, w.code));
const show = (label, e) => console.log(label, e ? [e.code, e.syscall, e.message.replace(dir, '<dir>')] : 'ok');
(async () => {
  for (const [label, p] of [['file', file], ['missing', path.join(dir, 'missing')], ['tree', path.join(dir, 'a')]]) {
    try { await fs.promises.rmdir(p, { recursive: true }); show(label); } catch (e) { show(label, e); }
  }
  try { fs.rmdirSync(file, { recursive: true }); } catch (e) { show('sync file', e); }
  fs.rmSync(dir, { recursive: true });
})();
