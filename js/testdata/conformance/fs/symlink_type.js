// fs.symlink, symlinkSync and fs.promises.symlink check a string type (dir, file, junction; else ERR_FS_INVALID_SYMLINK_TYPE, thrown by the callback form), ignore other types; stat/lstat/fstat (and Sync, promises) declare one parameter, symlinkSync three, as node's.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'symlink-type-'));
const link = (n) => path.join(dir, n);
for (const t of ['bogus', 5, null, 'dir', 'file', 'junction']) {
  try { fs.symlinkSync('target', link('s' + String(t)), t); console.log('sync ok', t); } catch (e) { console.log('sync', String(t), e.code, e.message); }
}
try { fs.symlink('target', link('cb'), 'bad', () => console.log('cb called')); } catch (e) { console.log('callback throws', e.name, e.code, e.message); }
fs.symlink('target', link('cb5'), 5, (err) => {
  console.log('cb5', err);
  fs.promises.symlink('target', link('p'), 'nope').catch((e) => console.log('promise', e.name, e.code, e.message)).then(() => fs.promises.symlink('target', link('p2'), 'dir')).then(() => {
    console.log('promise dir ok', fs.readlinkSync(link('p2')));
    fs.rmSync(dir, { recursive: true });
  });
});
console.log([fs.stat, fs.statSync, fs.lstat, fs.lstatSync, fs.fstat, fs.fstatSync, fs.symlinkSync, fs.symlink, fs.promises.stat, fs.promises.lstat, fs.promises.symlink].map((f) => f.name + ':' + f.length).join(' '));
