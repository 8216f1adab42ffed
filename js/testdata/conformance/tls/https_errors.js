// https: an untrusted server fails the request with the TLS error (self-signed chain, wrong host name); rejectUnauthorized false gets through; an http: URL is refused.
const https = require('https');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

try { https.get('http://localhost/'); } catch (e) { console.log('sync', e.code, e.message); }
try { require('http').get('https://localhost/'); } catch (e) { console.log('sync', e.code, e.message); }

const server = https.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (req, res) => res.end('ok ' + req.url));
server.on('tlsClientError', () => {});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const steps = [
    { path: '/untrusted', agent: false },
    { path: '/wronghost', ca: fx('ca-cert.pem'), servername: 'example.com', agent: false },
    { path: '/insecure', rejectUnauthorized: false, agent: false },
    { path: '/trusted', ca: fx('ca-cert.pem'), agent: false },
  ];
  const next = () => {
    const step = steps.shift();
    if (!step) { server.close(); return; }
    const req = https.request(Object.assign({ host: '127.0.0.1', port }, step), (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => { console.log(step.path, res.statusCode, body); next(); });
    });
    req.on('error', (e) => { console.log(step.path, 'error', e.code); next(); });
    req.end();
  };
  next();
});
