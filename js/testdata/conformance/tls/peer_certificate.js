// tls: getPeerCertificate's basic fields for the fixture certificate, the detailed chain, getCipher's version, and the server's view of a client without a certificate.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({ key: fx('server-key.pem'), cert: Buffer.concat([fx('server-cert.pem'), fx('ca-cert.pem')]) }, (s) => {
  console.log('server sees peer cert:', JSON.stringify(s.getPeerCertificate()), s.authorized);
  s.end();
});
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fx('ca-cert.pem') }, () => {
    const cert = c.getPeerCertificate();
    console.log('subject', Object.getPrototypeOf(cert.subject), JSON.stringify(cert.subject));
    console.log('issuer', JSON.stringify(cert.issuer));
    console.log('subjectaltname', cert.subjectaltname);
    console.log('valid', cert.valid_from, '|', cert.valid_to);
    console.log('serial', cert.serialNumber);
    console.log('fingerprint', cert.fingerprint);
    console.log('fingerprint256', cert.fingerprint256);
    console.log('raw', Buffer.isBuffer(cert.raw), cert.raw.length);
    console.log('ca', cert.ca, 'bits', cert.bits, cert.asn1Curve, cert.nistCurve);
    console.log('ext_key_usage', cert.ext_key_usage);
    console.log('detailed has issuerCertificate:', 'issuerCertificate' in cert);
    const d = c.getPeerCertificate(true);
    console.log('chain', d.subject.CN, '<-', d.issuerCertificate.subject.CN, '<-', d.issuerCertificate.issuerCertificate.subject.CN);
    console.log('root links to itself', d.issuerCertificate.issuerCertificate === d.issuerCertificate);
    console.log('cipher version', c.getCipher().version);
    c.end();
  });
  c.on('close', () => server.close());
});
