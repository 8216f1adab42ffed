// http: the order of 'end', 'finish' and 'close' on both sides of an exchange: a POST on a connection that closes after it (agent: false), the same through the default keep-alive agent, and a request the server answers without reading it (node resumes it, so its 'end' comes, then its 'close').
const http = require('http');
const log = [];

function exchange(agent, next) {
  const server = http.createServer((req, res) => {
    req.on('data', (c) => log.push('server req data ' + c));
    req.on('end', () => {
      log.push('server req end');
      res.on('finish', () => log.push('server res finish'));
      res.on('close', () => log.push('server res close'));
      res.end('pong', () => log.push('server res end-cb'));
    });
    req.on('close', () => log.push('server req close'));
  });
  server.listen(0, '127.0.0.1', () => {
    const opts = { port: server.address().port, host: '127.0.0.1', method: 'POST' };
    if (agent === false) opts.agent = false;
    const req = http.request(opts, (res) => {
      log.push('client response ' + res.statusCode);
      res.on('data', (c) => log.push('client res data ' + c));
      res.on('end', () => log.push('client res end'));
      res.on('close', () => {
        log.push('client res close');
        server.close(() => { log.push('server closed'); setTimeout(next, 20); });
      });
    });
    req.on('finish', () => log.push('client req finish'));
    req.on('close', () => log.push('client req close'));
    req.end('ping', () => log.push('client req end-cb'));
  });
}

function unread(next) {
  const server = http.createServer((req, res) => {
    req.on('end', () => log.push('server req end'));
    req.on('close', () => log.push('server req close'));
    res.on('finish', () => log.push('server res finish'));
    res.on('close', () => {
      log.push('server res close');
      process.nextTick(() => log.push('tick after res close'));
    });
    res.end('pong');
  });
  server.listen(0, '127.0.0.1', () => {
    http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
      res.resume();
      res.on('close', () => server.close(next));
    });
  });
}

log.push('-- agent: false');
exchange(false, () => {
  log.push('-- default agent');
  exchange(undefined, () => {
    log.push('-- unread request');
    unread(() => setTimeout(() => console.log(log.join('\n')), 20));
  });
});
