// 30 sequential GETs over one keep-alive socket: no listener piles up on it (node emits no
// MaxListenersExceededWarning) and every response arrives.
const http = require('http');
process.on('warning', (w) => console.log('warning:', w.name));
const server = http.createServer((req, res) => res.end('ok ' + req.url));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const port = server.address().port;
  let n = 0;
  (function next() {
    http.get({ host: '127.0.0.1', port, path: '/' + n, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        if (body !== 'ok /' + n) console.log('unexpected body', body);
        if (++n < 30) return next();
        console.log('responses', n);
        agent.destroy();
        server.close(() => console.log('closed'));
      });
    });
  })();
});
