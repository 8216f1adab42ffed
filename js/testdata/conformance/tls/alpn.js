// tls: ALPN picks the server's first protocol the client offers; alpnProtocol is false when neither side asked.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

function run(serverProtos, clientProtos, next) {
  const opts = { key: fx('server-key.pem'), cert: fx('server-cert.pem') };
  if (serverProtos) opts.ALPNProtocols = serverProtos;
  const server = tls.createServer(opts, (s) => {
    console.log('server alpn:', s.alpnProtocol);
    s.end();
  });
  server.listen(0, '127.0.0.1', () => {
    const copts = { port: server.address().port, host: '127.0.0.1', ca: fx('ca-cert.pem') };
    if (clientProtos) copts.ALPNProtocols = clientProtos;
    const c = tls.connect(copts, () => console.log('client alpn:', c.alpnProtocol));
    c.resume();
    c.on('close', () => server.close(next));
  });
}
run(['h2', 'http/1.1'], ['http/1.1', 'h2'], () => run(null, null, () => run(['x'], null, () => console.log('done'))));
