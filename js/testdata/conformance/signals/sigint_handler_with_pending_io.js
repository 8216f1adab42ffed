// golden: send SIGINT after "ready"
// The listener runs while a server waits for connections; closing the
// server from it lets the program end (close callback, then 'exit').
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  process.on('SIGINT', (s) => {
    console.log('listener', s);
    server.close(() => console.log('server closed'));
  });
  console.log('ready');
});
process.on('exit', (c) => console.log('exit event', c));
