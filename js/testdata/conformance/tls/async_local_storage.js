// AsyncLocalStorage across tls: a client's secureConnect, data, end and close run in the store tls.connect was called in; the server's secureConnection and a server socket's data in the store of listen() (node's TLSWrap is made there), its close in none.
const { AsyncLocalStorage } = require('async_hooks');
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const als = new AsyncLocalStorage();
const log = [];
const note = (what) => log.push(what + ': ' + als.getStore());
let server;
als.run('create', () => {
  server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') }, (sock) => {
    note('server secureConnection');
    sock.on('data', () => { note('server data'); sock.end('echo'); });
    sock.on('close', () => note('server close'));
  });
});
als.run('listen', () => server.listen(0, '127.0.0.1', () => {
  als.run('client', () => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: fx('ca-cert.pem') }, () => {
      note('client secureConnect');
      c.write('x');
    });
    c.on('data', () => note('client data'));
    c.on('end', () => note('client end'));
    c.on('close', () => { note('client close'); server.close(); });
  });
}));
process.on('exit', () => console.log(log.sort().join('\n')));
