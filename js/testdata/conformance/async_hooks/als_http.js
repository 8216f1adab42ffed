// AsyncLocalStorage across http: the request handler and its request's data and end run in the store of the server's listen(); two http.get calls in their own stores at once see them in 'socket', 'response', data, end and the request's close.
const { AsyncLocalStorage } = require('async_hooks');
const http = require('http');
const als = new AsyncLocalStorage();
const log = { A: [], B: [], '/A': [], '/B': [] };
const note = (who, what) => log[who].push(what + ': ' + als.getStore());
let server;
als.run('create', () => {
  server = http.createServer((req, res) => {
    note(req.url, 'request');
    req.on('data', () => note(req.url, 'data'));
    req.on('end', () => {
      note(req.url, 'end');
      setImmediate(() => { note(req.url, 'immediate'); res.end('ok' + req.url); });
    });
  });
});
let left = 2;
als.run('listen', () => server.listen(0, '127.0.0.1', () => {
  for (const name of ['A', 'B']) {
    als.run(name, () => {
      const req = http.request({ port: server.address().port, host: '127.0.0.1', path: '/' + name, method: 'POST', agent: false }, (res) => {
        note(name, 'response ' + res.statusCode);
        res.setEncoding('utf8');
        res.on('data', (d) => note(name, 'data ' + d));
        res.on('end', () => note(name, 'end'));
      });
      req.on('socket', () => note(name, 'socket'));
      req.on('close', () => {
        note(name, 'close');
        if (--left === 0) {
          server.close();
          for (const who of Object.keys(log)) console.log(who, log[who].join(', '));
        }
      });
      req.end('body' + name);
    });
  }
}));
