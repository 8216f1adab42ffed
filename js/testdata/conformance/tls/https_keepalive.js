// https: a keep-alive Agent reuses the TLS socket for the next request (one secureConnection, reusedSocket true).
const https = require('https');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

let conns = 0;
const server = https.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (req, res) => {
  res.end('n=' + req.url);
});
server.on('secureConnection', () => conns++);
const agent = new https.Agent({ keepAlive: true, ca: fx('ca-cert.pem') });
function get(p, cb) {
  const req = https.get({ host: 'localhost', port: server.address().port, path: p, agent }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => { console.log(p, res.statusCode, body, 'reused', req.reusedSocket); setImmediate(cb); });
  });
}
server.listen(0, '127.0.0.1', () => {
  get('/1', () => get('/2', () => {
    console.log('secure connections', conns);
    agent.destroy();
    server.close(() => console.log('closed'));
  }));
});
