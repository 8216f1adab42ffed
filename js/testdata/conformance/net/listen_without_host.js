// server.listen(port) with no host (the app.listen(3000) idiom) serves a client that connects to localhost, then one to 127.0.0.1.
const net = require('net');
const srv = net.createServer((s) => s.end('hello ' + s.remoteAddress.includes('127.0.0.1')));
srv.listen(0, () => {
  const { port } = srv.address();
  console.log('listening', typeof port, srv.listening);
  const hosts = ['localhost', '127.0.0.1'];
  (function next() {
    const host = hosts.shift();
    if (host === undefined) {
      srv.close(() => console.log('closed'));
      return;
    }
    net.connect(port, host, function () {
      let data = '';
      this.on('data', (d) => { data += d; });
      this.on('end', () => {
        console.log(host, data);
        next();
      });
    });
  })();
});
