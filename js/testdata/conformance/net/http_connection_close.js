// http: a request with Connection: close gets Connection: close back and the server ends the socket after the response.
const http = require('http');
let serverSocketClosed = false;
const server = http.createServer((req, res) => {
  req.socket.on('close', () => { serverSocketClosed = true; });
  res.end('bye');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', headers: { Connection: 'close' } }, (res) => {
    console.log('client:', res.statusCode, res.headers.connection, res.headers['content-length']);
    res.resume();
    res.on('end', () => console.log('client: end'));
    res.socket.on('close', () => {
      console.log('client: socket close');
      server.close(() => console.log('server closed; its socket closed:', serverSocketClosed));
    });
  });
});
