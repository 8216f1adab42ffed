// tls: a trusted certificate for another name fails checkServerIdentity (ERR_TLS_CERT_ALTNAME_INVALID), by IP and by host name; a custom checkServerIdentity can accept it.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (s) => {
  s.on('error', () => {});
  s.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const tries = [
    { servername: 'example.com' },
    { servername: '127.0.0.2' },
    { servername: 'evil.localhost' },
    { servername: 'other.test', checkServerIdentity: (host, cert) => { console.log('custom check', host, cert.subject.CN); } },
  ];
  let i = 0;
  const next = () => {
    if (i === tries.length) { server.close(); return; }
    const t = tries[i++];
    const c = tls.connect(Object.assign({ port, host: '127.0.0.1', ca: fx('ca-cert.pem') }, t), () => {
      console.log(t.servername, 'secureConnect', c.authorized);
      c.resume();
      c.on('end', next);
    });
    c.on('error', (err) => {
      console.log(t.servername, 'error', err.code);
      console.log(' ', err.message);
      console.log(' ', err.reason, err.host, typeof err.cert);
      next();
    });
  };
  next();
});
const direct = tls.checkServerIdentity('a.b.test', { subject: { CN: 'x.test' }, subjectaltname: 'DNS:*.b.test' });
console.log('wildcard ok:', direct === undefined);
const bad = tls.checkServerIdentity('b.test', { subject: { CN: 'b.test' }, subjectaltname: 'DNS:*.b.test' });
console.log('wildcard bare:', bad && bad.code);
const cn = tls.checkServerIdentity('c.test', { subject: { CN: 'c.test' } });
console.log('cn only:', cn === undefined);
const ipCn = tls.checkServerIdentity('10.0.0.1', { subject: { CN: '10.0.0.1' } });
console.log('ip needs altname:', ipCn && ipCn.message);
