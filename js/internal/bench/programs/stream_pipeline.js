// needs: fs
// A stream pipeline: a 16 MiB file → a Transform (bytes upper-cased) → a file.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { Transform, pipeline } = require('stream');
const src = path.join(os.tmpdir(), 'evloop-bench-pipe-in-' + process.pid);
const dst = path.join(os.tmpdir(), 'evloop-bench-pipe-out-' + process.pid);
const chunk = Buffer.alloc(1 << 20);
for (let i = 0; i < chunk.length; i++) chunk[i] = 97 + (i % 26);
const fd = fs.openSync(src, 'w');
for (let i = 0; i < 16; i++) fs.writeSync(fd, chunk);
fs.closeSync(fd);
const upper = new Transform({
  transform(buf, _enc, cb) {
    cb(null, Buffer.from(buf.toString('latin1').toUpperCase(), 'latin1'));
  },
});
const t0 = process.hrtime.bigint();
pipeline(fs.createReadStream(src), upper, fs.createWriteStream(dst), (err) => {
  if (err) throw err;
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const out = fs.readFileSync(dst);
  console.log('ms=' + ms);
  console.log('bytes=' + out.length + ' first=' + out.toString('latin1', 0, 4) + ' last=' + out[out.length - 1]);
  fs.unlinkSync(src);
  fs.unlinkSync(dst);
});
