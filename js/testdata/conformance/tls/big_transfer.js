// tls: a megabyte each way through a TLS echo with pause/resume on the client; byte counts and checksums, then end and close in order.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const size = 1 << 20;
const data = Buffer.alloc(size);
for (let i = 0; i < size; i++) data[i] = (i * 31 + (i >> 8)) & 0xff;
const want = crypto.createHash('sha256').update(data).digest('hex').slice(0, 16);

let serverGot = -1;
const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (s) => {
  let n = 0;
  s.on('data', (d) => { n += d.length; });
  s.pipe(s);
  s.on('end', () => { serverGot = n; });
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fx('ca-cert.pem') }, () => {
    c.write(data);
    c.end();
  });
  const hash = crypto.createHash('sha256');
  let n = 0;
  let paused = 0;
  c.on('data', (d) => {
    n += d.length;
    hash.update(d);
    if (paused < 3 && n > paused * 300000 + 100000) {
      paused++;
      c.pause();
      setTimeout(() => c.resume(), 5);
    }
  });
  c.on('end', () => console.log('client: received', n, 'same', hash.digest('hex').slice(0, 16) === want, 'paused', paused));
  c.on('close', () => {
    console.log('client: close');
    server.close(() => console.log('server: received', serverGot, 'closed'));
  });
});
