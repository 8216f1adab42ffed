// tls: a leaf signed by a CA the client does not know, sent alone (UNABLE_TO_VERIFY_LEAF_SIGNATURE) and with its root (SELF_SIGNED_CERT_IN_CHAIN).
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n), 'latin1');

function attempt(cert, next) {
  const server = tls.createServer({ key: fx('server-key.pem'), cert }, (s) => {
    s.on('error', () => {});
  });
  server.listen(0, '127.0.0.1', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1' });
    c.on('secureConnect', () => console.log('secureConnect (unexpected)'));
    c.on('error', (err) => console.log('error', err.code, err.message));
    c.on('close', () => { console.log('close'); server.close(next); });
  });
}
attempt(fx('server-cert.pem'), () => attempt(fx('server-cert.pem') + fx('ca-cert.pem'), () => console.log('done')));
