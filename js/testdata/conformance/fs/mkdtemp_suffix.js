// fs.mkdtemp (sync, callback, promise) adds six letters or digits to the prefix, as libuv does, and makes a 0700 directory; a missing parent is ENOENT with the XXXXXX path.
const fs = require('fs');
const os = require('os');
const path = require('path');
const d = fs.mkdtempSync(path.join(os.tmpdir(), 'mkdtemp-case-'));
console.log('sync', /mkdtemp-case-[A-Za-z0-9]{6}$/.test(d), fs.statSync(d).isDirectory(), (fs.statSync(d).mode & 0o777).toString(8));
fs.rmdirSync(d);
try {
  fs.mkdtempSync(path.join(os.tmpdir(), 'mkdtemp-no-such-dir', 'x-'));
} catch (e) {
  console.log(e.code, e.syscall, path.basename(e.path), e.message.replace(os.tmpdir(), 'TMP'));
}
fs.mkdtemp(path.join(os.tmpdir(), 'cb-'), (err, p) => {
  console.log('callback', err, /cb-[A-Za-z0-9]{6}$/.test(p));
  fs.rmdirSync(p);
  fs.promises.mkdtemp(path.join(os.tmpdir(), 'pr-'), { encoding: 'buffer' }).then((b) => {
    console.log('promise', Buffer.isBuffer(b), /pr-[A-Za-z0-9]{6}$/.test(b.toString()));
    fs.rmdirSync(b);
  });
});
