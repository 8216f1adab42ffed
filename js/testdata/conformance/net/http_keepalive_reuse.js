// http: node 20's global agent keeps the connection alive; the second request to the same server reuses the socket.
const http = require('http');
let connections = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => { connections++; });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const first = http.get({ port, host: '127.0.0.1', path: '/one' }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('first:', d, first.reusedSocket));
    res.on('end', () => {
      setImmediate(() => {
        const second = http.get({ port, host: '127.0.0.1', path: '/two' }, (res2) => {
          res2.setEncoding('utf8');
          res2.on('data', (d) => console.log('second:', d, second.reusedSocket));
          res2.on('end', () => {
            console.log('connections', connections);
            server.close(() => console.log('server closed'));
          });
        });
      });
    });
  });
});
