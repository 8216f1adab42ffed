// net: destroy() closes the handle: 'close' comes in the close phase (after a tick and an immediate queued with it); the peer sees 'end'.
const net = require('net');
const s = net.createServer((sock) => {
  sock.on('close', (h) => console.log('server sock close', h, sock.destroyed));
  sock.destroy();
  console.log('destroyed', sock.destroyed, sock.readyState);
  setImmediate(() => console.log('immediate after destroy'));
  process.nextTick(() => console.log('tick after destroy'));
  s.close(() => console.log('server closed'));
});
s.listen(0, '127.0.0.1', () => {
  const c = net.connect(s.address().port, '127.0.0.1');
  c.resume();
  c.on('end', () => console.log('client end'));
  c.on('close', (h) => console.log('client close', h));
});
