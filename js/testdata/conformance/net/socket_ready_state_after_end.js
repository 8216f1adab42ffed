// net: socket.writable and readyState after end() (readOnly while the peer still writes), at end and close, and end() called while still connecting.
const net = require('net');
const srv = net.createServer((s) => { s.on('data', () => {}); s.on('end', () => s.end('bye')); });
srv.listen(0, '127.0.0.1', () => {
  const port = srv.address().port;
  const c = net.connect(port, '127.0.0.1', () => {
    console.log('connect', c.writable, c.readable, c.readyState);
    c.end('x');
    console.log('ended', c.writable, c.readable, c.readyState, c.writableEnded);
    c.on('data', (d) => console.log('data', String(d), c.readyState));
    c.on('end', () => console.log('end', c.writable, c.readable, c.readyState));
    c.on('close', () => {
      console.log('close', c.writable, c.readable, c.readyState);
      const d = net.connect(port, '127.0.0.1');
      console.log('early', d.writable, d.readyState);
      d.end('y');
      console.log('early ended', d.writable, d.readyState);
      d.on('connect', () => console.log('early connect', d.writable, d.readyState));
      d.resume();
      d.on('close', () => { console.log('early close', d.readyState); srv.close(() => console.log('server closed')); });
    });
  });
});
