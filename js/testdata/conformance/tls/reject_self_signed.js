// tls: a client without the CA option rejects a self-signed leaf (DEPTH_ZERO_SELF_SIGNED_CERT): error then close, no secureConnect.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: fx('self-key.pem'), cert: fx('self-cert.pem') }, (s) => {
  s.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect(server.address().port, '127.0.0.1', () => console.log('client: secureConnect (unexpected)'));
  c.on('error', (err) => console.log('client: error', err.code, err.message, err instanceof Error));
  c.on('close', (hadError) => {
    console.log('client: close', hadError, c.authorized);
    server.close(() => console.log('server: closed'));
  });
});
