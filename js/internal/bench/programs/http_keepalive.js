// needs: http
// An HTTP server under a bounded loopback load: 50 keep-alive clients × 100 GETs, in one process.
const http = require('http');
const CLIENTS = 50, REQUESTS = 100;
const body = 'y'.repeat(256);
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain', 'content-length': body.length });
  res.end(body);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
  const t0 = process.hrtime.bigint();
  let done = 0, bytes = 0, ok = 0;
  for (let c = 0; c < CLIENTS; c++) {
    let n = 0;
    (function next() {
      http.get({ host: '127.0.0.1', port, path: '/' + c, agent }, (res) => {
        if (res.statusCode === 200) ok++;
        res.on('data', (d) => { bytes += d.length; });
        res.on('end', () => {
          if (++n < REQUESTS) return next();
          if (++done === CLIENTS) {
            console.log('ms=' + Number(process.hrtime.bigint() - t0) / 1e6);
            console.log('responses=' + ok + ' bytes=' + bytes);
            agent.destroy();
            server.close();
          }
        });
      });
    })();
  }
});
