// http: destroyed flags at 'close' on both sides; the timeout option and req.setTimeout(ms, cb) emit the request's 'timeout'; destroy(err) then gives that error and 'close', destroy() before a response 'socket hang up'; the server sees the response's 'close' then the request's (destroyed) and server.close finishes.
const http = require('http');
const cli = [];
const srv = [];
// Each step goes on once both sides saw its exchange close (the server's
// view of a client's close is on another socket: not ordered with the client's).
const seen = {};
const waiting = {};
function both(key, next) {
  if (next) waiting[key] = next;
  seen[key] = (seen[key] || 0) + 1;
  if (seen[key] === 2) waiting[key]();
}
const server = http.createServer((req, res) => {
  srv.push('request ' + req.url);
  req.on('close', () => { srv.push('req close ' + req.url + ' ' + req.destroyed + ' ' + res.writableEnded); both(req.url); });
  res.on('close', () => srv.push('res close ' + req.url + ' ' + res.writableFinished + ' ' + res.destroyed));
  if (req.url === '/fast') { srv.push('writableLength ' + res.writableLength); res.end('ok'); }
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const r1 = http.get({ port, path: '/opt', timeout: 50 });
  r1.on('timeout', () => { cli.push('r1 timeout'); r1.destroy(new Error('my timeout')); });
  r1.on('error', (e) => cli.push('r1 error ' + e.message + ' ' + e.code));
  r1.on('close', () => both('/opt', () => {
    cli.push('r1 close ' + r1.destroyed);
    const r2 = http.get({ port, path: '/set' });
    r2.setTimeout(50, () => { cli.push('r2 timeout cb'); r2.destroy(); });
    r2.on('error', (e) => cli.push('r2 error ' + e.message + ' ' + e.code));
    r2.on('close', () => both('/set', () => {
      cli.push('r2 close');
      const r3 = http.get({ port, path: '/fast', timeout: 1000 }, (res) => {
        res.resume();
        res.on('close', () => cli.push('fast res close ' + res.destroyed + ' ' + r3.destroyed));
        r3.on('close', () => cli.push('fast req close ' + r3.destroyed));
        res.on('end', () => {
          cli.push('fast ' + res.statusCode);
          setTimeout(() => server.close((e) => {
            cli.push('server closed ' + e);
            console.log(cli.join('\n'));
            console.log(srv.join('\n'));
          }), 100);
        });
      }).on('timeout', () => cli.push('fast timeout?'));
    }));
  }));
});
