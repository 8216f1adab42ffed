// tls: tls.connect({socket}) over a net socket that is already connected, and a TLSSocket's setEncoding, remoteAddress and address().
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (s) => {
  s.end('héllo over a wrapped socket');
});
server.listen(0, '127.0.0.1', () => {
  const raw = net.connect(server.address().port, '127.0.0.1', () => {
    console.log('raw connected');
    const c = tls.connect({ socket: raw, ca: fx('ca-cert.pem'), servername: 'localhost' }, () => {
      console.log('secureConnect', c.authorized, c.remoteAddress, c.address().family, c.encrypted);
    });
    c.setEncoding('utf8');
    c.on('data', (d) => console.log('data', typeof d, d));
    c.on('end', () => console.log('end'));
    c.on('close', () => { console.log('close'); server.close(); });
  });
});
