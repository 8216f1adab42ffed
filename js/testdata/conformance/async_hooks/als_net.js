// AsyncLocalStorage across net sockets: two clients connect in their own stores at once; each client's connect, write, data, end and close callbacks see its store, the server's 'connection' sees the store of listen(), an accepted socket's callbacks see none.
const { AsyncLocalStorage } = require('async_hooks');
const net = require('net');
const als = new AsyncLocalStorage();
const log = { A: [], B: [], server: [] };
const note = (who, what) => log[who].push(what + ': ' + als.getStore());
let server;
als.run('create', () => {
  server = net.createServer((sock) => {
    note('server', 'connection');
    sock.setEncoding('utf8');
    sock.on('data', (d) => {
      note('server', 'data');
      setTimeout(() => { note('server', 'timer in data'); sock.end('echo:' + d); }, 1);
    });
    sock.on('end', () => note('server', 'end'));
    sock.on('close', () => note('server', 'close'));
  });
});
let left = 4;
const done = () => {
  if (--left > 0) return;
  server.close();
  for (const who of ['A', 'B']) console.log(who, log[who].join(', '));
  console.log('server', [...new Set(log.server)].sort().join(', '));
};
als.run('listen', () => server.listen(0, '127.0.0.1', () => {
  note('server', 'listening');
  for (const name of ['A', 'B']) {
    als.run(name, () => {
      const c = net.connect(server.address().port, '127.0.0.1', () => {
        note(name, 'connect');
        c.write(name, () => note(name, 'write done'));
      });
      c.setEncoding('utf8');
      c.on('data', (d) => { note(name, 'data ' + d); Promise.resolve().then(() => note(name, 'promise in data')); });
      c.on('end', () => note(name, 'end'));
      c.on('close', () => { note(name, 'close'); done(); });
    });
  }
}));
server.on('connection', (s) => s.on('close', done));
