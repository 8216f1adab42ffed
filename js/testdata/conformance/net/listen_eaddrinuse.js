// net: listening on a port in use emits EADDRINUSE in node's shape (message, code, errno, syscall, address, port).
const net = require('net');
const a = net.createServer().listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer().listen(port, '127.0.0.1');
  b.on('error', (e) => {
    console.log(e.message.replace(String(port), 'PORT'));
    console.log(e.code, e.errno, e.syscall, e.address, e.port === port, b.listening);
    a.close(() => console.log('closed'));
  });
});
