// A new descriptor takes the lowest free number, as the kernel gives it: after closes in any order, and across the callback API.
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'evloop-fd-'));
const file = path.join(dir, 'f.txt');
fs.writeFileSync(file, 'x');
const fds = [];
for (let i = 0; i < 8; i++) fds.push(fs.openSync(file, 'r'));
console.log('consecutive:', fds.every((fd, i) => i === 0 || fd === fds[i - 1] + 1));
fs.closeSync(fds[5]);
fs.closeSync(fds[2]);
fs.closeSync(fds[6]);
const a = fs.openSync(file, 'r');
const b = fs.openSync(file, 'r');
const c = fs.openSync(file, 'r');
const d = fs.openSync(file, 'r');
console.log('reuse lowest first:', a === fds[2], b === fds[5], c === fds[6]);
console.log('then a new one above:', d > fds[7]);
for (const fd of [fds[0], fds[1], fds[3], fds[4], fds[7], a, b, c, d]) fs.closeSync(fd);
fs.open(file, 'r', (err, fd) => {
  console.log('callback open after closing all:', err, fd === fds[0]);
  fs.close(fd, () => {
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  });
});
