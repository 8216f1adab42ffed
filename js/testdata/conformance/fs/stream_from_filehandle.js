// fs.createReadStream / createWriteStream take a FileHandle as options.fd: the stream reads and writes through its fd, closes the handle when done, and a closed handle closes the stream.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fh-stream-'));
const file = path.join(dir, 'f.txt');
(async () => {
  const wh = await fs.promises.open(file, 'w');
  const ws = fs.createWriteStream(null, { fd: wh });
  console.log('write fd is a number', typeof ws.fd === 'number', ws.fd === wh.fd);
  ws.on('open', () => console.log('write open (never for an fd)'));
  ws.write('hello ');
  ws.end('world', () => console.log('write end callback'));
  await new Promise((r) => ws.on('close', r));
  console.log('write stream closed; handle closed:', wh.fd === -1);
  const rh = await fs.promises.open(file, 'r');
  const rs = fs.createReadStream(null, { fd: rh, encoding: 'utf8' });
  let text = '';
  rs.on('data', (d) => { text += d; });
  await new Promise((r) => rs.on('close', r));
  console.log('read', JSON.stringify(text), 'handle closed:', rh.fd === -1);
  const h3 = await fs.promises.open(file, 'r');
  const rs3 = fs.createReadStream(null, { fd: h3 });
  rs3.on('close', () => console.log('stream closed by the handle', rs3.destroyed));
  await h3.close();
  await new Promise((r) => setImmediate(r));
  fs.rmSync(dir, { recursive: true });
})();
