// tls: rejectUnauthorized false connects to an untrusted certificate; authorized false and authorizationError says why.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: fx('self-key.pem'), cert: fx('self-cert.pem') }, (s) => {
  s.end('hi from an untrusted server');
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', rejectUnauthorized: false }, () => {
    console.log('secureConnect', c.authorized, c.authorizationError);
  });
  c.on('data', (d) => console.log('data', String(d)));
  c.on('end', () => { console.log('end'); server.close(); });
});
