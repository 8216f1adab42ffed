// AsyncLocalStorage across dgram: 'message' and close callbacks run in the store the socket was created in (not the one bind was called in), send callbacks in the store of the send call.
const { AsyncLocalStorage } = require('async_hooks');
const dgram = require('dgram');
const als = new AsyncLocalStorage();
const log = [];
const note = (what) => log.push(what + ': ' + als.getStore());
let a;
als.run('create', () => {
  a = dgram.createSocket('udp4');
  a.on('message', (m) => {
    note('message ' + m);
    a.close(() => note('closed'));
  });
});
als.run('bind', () => a.bind(0, '127.0.0.1', () => {
  note('listening');
  const b = als.run('other', () => dgram.createSocket('udp4'));
  als.run('send', () => b.send('hi', a.address().port, '127.0.0.1', () => {
    note('sent');
    b.close(() => note('other closed'));
  }));
}));
process.on('exit', () => console.log(log.sort().join('\n')));
