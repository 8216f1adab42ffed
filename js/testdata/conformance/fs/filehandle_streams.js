// FileHandle.createReadStream (start/end/encoding/highWaterMark), createWriteStream, readLines and readableWebStream (ArrayBuffer chunks of 64 KiB, bytes/BYOB, one per handle) over an open fs/promises handle, as node's: the fs streams close the handle at their end.
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
(async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fh-streams-'));
  const file = path.join(dir, 'lines.txt');
  fs.writeFileSync(file, 'l1\nl2\r\nl3\n\nlast');
  const lines = [];
  const fh = await fsp.open(file);
  for await (const l of fh.readLines()) lines.push(l);
  console.log('readLines', lines);
  const fh2 = await fsp.open(file);
  const chunks = [];
  for await (const c of fh2.createReadStream({ start: 1, end: 6, encoding: 'utf8' })) chunks.push(c);
  console.log('range', chunks, 'closed', fh2.fd);
  const fh3 = await fsp.open(file);
  const sizes = [];
  const rs = fh3.createReadStream({ highWaterMark: 4 });
  rs.on('data', (d) => sizes.push(d.length));
  await new Promise((res) => rs.on('close', res));
  console.log('hwm', sizes, rs.bytesRead);
  const out = path.join(dir, 'out.txt');
  const wh = await fsp.open(out, 'w');
  const ws = wh.createWriteStream();
  ws.write('a');
  ws.end('bc');
  await new Promise((res) => ws.on('close', res));
  console.log('write', fs.readFileSync(out, 'utf8'), ws.bytesWritten, wh.fd);
  const kh = await fsp.open(file);
  const keep = kh.createReadStream({ autoClose: false, end: 1 });
  keep.resume();
  await new Promise((res) => keep.on('end', res));
  console.log('autoClose false keeps fd', kh.fd > 2);
  await kh.close();
  const bigFile = path.join(dir, 'big.txt');
  fs.writeFileSync(bigFile, 'x'.repeat(70000));
  const wh2 = await fsp.open(bigFile);
  const web = wh2.readableWebStream();
  const webSizes = [];
  let kind;
  for await (const c of web) {
    webSizes.push(c.byteLength);
    kind = Object.prototype.toString.call(c);
  }
  console.log('web', Object.prototype.toString.call(web), webSizes, kind, wh2.fd > 2);
  try {
    wh2.readableWebStream();
  } catch (e) {
    console.log(e.code, e.message);
  }
  await wh2.close();
  try {
    wh2.readableWebStream();
  } catch (e) {
    console.log(e.code, e.message);
  }
  const bh = await fsp.open(bigFile);
  const reader = bh.readableWebStream({ type: 'bytes' }).getReader({ mode: 'byob' });
  const { value } = await reader.read(new Uint8Array(10));
  console.log('byob', value.byteLength, Object.prototype.toString.call(value));
  await reader.cancel();
  await bh.close();
  fs.rmSync(dir, { recursive: true });
})();
