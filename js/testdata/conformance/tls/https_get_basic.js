// https: a server and https.get with an Agent trusting the test CA; request and response fields, the TLS socket under them, event order.
const https = require('https');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = https.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (req, res) => {
  console.log('server:', req.method, req.url, req.headers.host === '127.0.0.1:' + server.address().port, req.socket.encrypted, req.socket.alpnProtocol);
  res.setHeader('Content-Type', 'text/plain');
  res.end('secure hello');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ ca: fx('ca-cert.pem'), keepAlive: false });
  console.log('agent:', agent.defaultPort, agent.protocol, agent instanceof require('http').Agent);
  const req = https.get({ host: '127.0.0.1', port, path: '/x?y=1', agent }, (res) => {
    console.log('client: response', res.statusCode, res.headers['content-type'], res.socket.authorized);
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('client: body', body);
      server.close(() => console.log('server: closed'));
    });
  });
  req.on('socket', (s) => console.log('client: socket', s instanceof require('tls').TLSSocket));
});
