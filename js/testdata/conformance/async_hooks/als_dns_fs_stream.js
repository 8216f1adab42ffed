// AsyncLocalStorage and more I/O: dns.lookup's callback, an fs.ReadStream's open/data/end/close, fs.promises FileHandle reads, and a stream.finished callback each see the store current where they were started.
const { AsyncLocalStorage } = require('async_hooks');
const fs = require('fs');
const dns = require('dns');
const { finished } = require('stream');
const als = new AsyncLocalStorage();
const log = [];
const note = (w) => log.push(w + ': ' + als.getStore());
als.run('lookup', () => dns.lookup('localhost', { family: 4 }, () => note('lookup')));
const rs = als.run('stream made', () => fs.createReadStream(__filename, { highWaterMark: 256 }));
als.run('stream listen', () => {
  rs.on('open', () => note('open'));
  rs.on('data', () => note('data'));
  rs.on('end', () => note('end'));
  rs.on('close', () => note('close'));
});
als.run('finished', () => finished(rs, () => note('finished')));
als.run('filehandle', async () => {
  const fh = await fs.promises.open(__filename);
  note('opened');
  await fh.read(Buffer.alloc(8), 0, 8, 0);
  note('read');
  await fh.close();
  note('closed');
});
process.on('exit', () => console.log([...new Set(log)].sort().join('\n')));
