// needs: fs
// 2,000 sequential fs.readFile of a 4 KiB file (thread pool round trips).
const fs = require('fs');
const path = require('path');
const os = require('os');
const file = path.join(os.tmpdir(), 'evloop-bench-4k-seq-' + process.pid);
fs.writeFileSync(file, 'x'.repeat(4096));
const N = 2000;
const t0 = process.hrtime.bigint();
let n = 0;
(function next() {
  fs.readFile(file, (err) => {
    if (err) throw err;
    if (++n < N) next();
    else { console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6); fs.unlinkSync(file); }
  });
})();
