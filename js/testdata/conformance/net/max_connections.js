// server.maxConnections: a connection over the limit is closed at once and the server emits 'drop'.
const net = require('net');
const srv = net.createServer((c) => {
  console.log('connection', srv.maxConnections);
  c.on('close', () => console.log('first connection closed'));
});
console.log('default', srv.maxConnections);
srv.maxConnections = 1;
srv.on('drop', (data) => {
  console.log('drop', Object.keys(data).sort().join(','), data.localPort === srv.address().port, data.remoteAddress);
});
let first;
srv.listen(0, '127.0.0.1', () => {
  first = net.connect(srv.address().port, '127.0.0.1', () => {
    console.log('first connected');
    setTimeout(() => {
      const second = net.connect(srv.address().port, '127.0.0.1');
      second.on('error', () => {});
      second.on('close', () => { console.log('second closed'); first.end(); });
    }, 20);
  });
  first.on('close', () => srv.close(() => console.log('server closed')));
});
