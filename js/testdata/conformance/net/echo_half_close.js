// net: an echo over loopback; the client ends, the server sees 'end', replies and closes; event order on both sides.
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server: connection', sock.remoteAddress, typeof sock.remotePort, sock.remoteFamily);
  sock.setEncoding('utf8');
  sock.on('data', (d) => { console.log('server: data', JSON.stringify(d)); sock.write(d.toUpperCase()); });
  sock.on('end', () => console.log('server: end'));
  sock.on('finish', () => console.log('server: finish'));
  sock.on('close', (e) => { console.log('server: close', e); server.close(() => console.log('server closed')); });
});
server.listen(0, '127.0.0.1', () => {
  const { address, family, port } = server.address();
  console.log('listening', address, family, typeof port);
  const c = net.connect(port, '127.0.0.1', () => { console.log('client: connect', c.readyState); c.end('hello'); });
  console.log('client: connecting', c.connecting, c.readyState);
  c.setEncoding('utf8');
  c.on('ready', () => console.log('client: ready'));
  c.on('data', (d) => console.log('client: data', d));
  c.on('end', () => console.log('client: end'));
  c.on('finish', () => console.log('client: finish'));
  c.on('close', (e) => console.log('client: close', e, c.bytesRead, c.bytesWritten, c.destroyed));
});
