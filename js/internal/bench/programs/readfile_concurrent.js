// needs: fs
// 2,000 concurrent fs.readFile of a 4 KiB file (thread pool).
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'evloop-bench-4k-' + process.pid);
fs.writeFileSync(file, 'x'.repeat(4096));
const N = 2000;
const t0 = process.hrtime.bigint();
let left = N;
for (let i = 0; i < N; i++) fs.readFile(file, (err) => {
  if (err) throw err;
  if (--left === 0) { console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6); fs.unlinkSync(file); }
});
