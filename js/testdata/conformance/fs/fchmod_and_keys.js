// fs.fchmod and fchmodSync change an open file's mode (octal strings too, node's errors); fs lists the stream classes and lchmod as node's.
const fs = require('fs');
const path = require('path');
const dir = fs.mkdtempSync(path.join(require('os').tmpdir(), 'evloop-fchmod-'));
const p = path.join(dir, 'file.txt');
fs.writeFileSync(p, 'x');
const fd = fs.openSync(p, 'r+');
fs.fchmodSync(fd, 0o600); console.log((fs.statSync(p).mode & 0o777).toString(8));
fs.fchmod(fd, '644', (err) => {
  console.log('cb', err, (fs.statSync(p).mode & 0o777).toString(8));
  try { fs.fchmodSync(fd, 'zz'); } catch (e) { console.log(e.code, e.message); }
  try { fs.fchmodSync(99999, 0o600); } catch (e) { console.log(e.code, e.syscall); }
  fs.closeSync(fd); fs.rmSync(dir, { recursive: true });
  console.log(typeof fs.ReadStream, Object.getOwnPropertyDescriptor(fs, 'ReadStream').enumerable, 'lchmod' in fs, fs.lchmod, Object.keys(fs).includes('FileWriteStream'));
  const R = fs.ReadStream; fs.ReadStream = 5; console.log(fs.ReadStream); fs.ReadStream = R; console.log(fs.ReadStream === R);
});
