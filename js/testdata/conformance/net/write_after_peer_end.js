// A write after the peer ended the connection (and the socket ended too) fails with EPIPE, not "write after end".
const net = require('net');
const srv = net.createServer((c) => { c.end(); srv.close(); }).listen(0, '127.0.0.1', () => {
  const s = net.connect(srv.address().port, '127.0.0.1');
  s.on('end', () => console.log('end'));
  s.on('error', (e) => console.log('error event', e.code));
  s.on('close', () => {
    console.log('close');
    const r = s.write('x', (err) => console.log('write callback', err.code, err.message, err.syscall));
    console.log('write returned', r);
    setTimeout(() => {
      const h = new net.Socket();
      h.on('error', (e) => console.log('own end then write:', e.code));
      h.end();
      h.write('y', (err) => console.log('callback:', err.code));
    }, 5);
  });
});
