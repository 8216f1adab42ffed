// tls: a loopback server and a client trusting its CA; secureConnect, authorized, protocol, echo, end and close in order.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (s) => {
  console.log('server: secureConnection', s.encrypted, s.getProtocol());
  s.setEncoding('utf8');
  s.on('data', (d) => { console.log('server: data', d); s.end('echo:' + d); });
  s.on('end', () => console.log('server: end'));
  s.on('close', () => { console.log('server: close'); server.close(() => console.log('server: closed')); });
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fx('ca-cert.pem') }, () => {
    console.log('client: secureConnect', c.authorized, c.authorizationError, c.getProtocol(), c.encrypted);
    c.write('hello');
  });
  c.on('connect', () => console.log('client: connect'));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client: data', d));
  c.on('end', () => console.log('client: end'));
  c.on('close', (hadError) => console.log('client: close', hadError));
});
