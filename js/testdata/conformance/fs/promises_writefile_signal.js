// fs.promises.writeFile with an aborted signal rejects with AbortError and leaves no file
const fsp = require('fs/promises');
const fs = require('fs');
const path = require('path');
const file = path.join(require('os').tmpdir(), 'evloop-abort-' + process.pid + '.txt');
(async () => {
  const ac = new AbortController();
  ac.abort();
  try { await fsp.writeFile(file, 'x', { signal: ac.signal }); } catch (e) { console.log(e.name, e.code); }
  console.log('exists', fs.existsSync(file));
})();
