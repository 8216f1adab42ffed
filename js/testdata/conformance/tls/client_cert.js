// tls: a server with requestCert verifies the client's certificate against its ca (authorized, the peer's subject); a client without one is authorized false with a reason.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({
  key: fx('server-key.pem'), cert: fx('server-cert.pem'), ca: fx('ca-cert.pem'),
  requestCert: true, rejectUnauthorized: false,
}, (s) => {
  const peer = s.getPeerCertificate();
  console.log('server: authorized', s.authorized, s.authorizationError, 'peer CN', peer.subject ? peer.subject.CN : undefined);
  s.end('bye');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = tls.connect({ port, host: '127.0.0.1', ca: fx('ca-cert.pem'), key: fx('client-key.pem'), cert: fx('client-cert.pem') }, () => {
    console.log('client with cert: secureConnect', a.authorized);
  });
  a.resume();
  a.on('close', () => {
    const b = tls.connect({ port, host: '127.0.0.1', ca: fx('ca-cert.pem') }, () => console.log('client without cert: secureConnect', b.authorized));
    b.resume();
    b.on('close', () => server.close());
  });
});
