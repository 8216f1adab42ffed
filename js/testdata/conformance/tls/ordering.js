// tls: ordering of connect, secureConnect, data, end, finish and close on both sides when the server writes and ends at once, and writes made before the handshake finishes.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') });
server.on('connection', () => console.log('server: connection'));
server.on('secureConnection', (s) => {
  console.log('server: secureConnection');
  s.on('data', (d) => console.log('server: data', String(d)));
  s.on('end', () => console.log('server: end'));
  s.on('finish', () => console.log('server: finish'));
  s.on('close', () => { console.log('server: close'); server.close(); });
  s.write('one,', () => console.log('server: write cb'));
  s.end('two');
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fx('ca-cert.pem') });
  console.log('client: write before handshake', c.write('early', () => console.log('client: early write cb')));
  c.on('connect', () => console.log('client: connect'));
  c.on('secureConnect', () => console.log('client: secureConnect'));
  c.on('data', (d) => console.log('client: data', String(d)));
  c.on('end', () => console.log('client: end'));
  c.on('finish', () => console.log('client: finish'));
  c.on('close', () => console.log('client: close'));
});
process.on('exit', () => console.log('exit'));
